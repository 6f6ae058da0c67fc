import { describe, expect, it } from "vitest";
import { createNonceStripper } from "./script-nonce-stripper";

const page =
  '<!DOCTYPE html><html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js" nonce="abc=="/>' +
  '<script src="/_next/static/chunks/b.js" async="" nonce="abc=="></script><script nonce="abc==">self.__next_f.push([1,"\\u003cscript src=x nonce=abc\\u003e"])</script>' +
  '</head><body><p title="nonce=&quot;abc&quot;">a &lt;script src=&quot;x&quot; nonce=&quot;abc&quot;&gt;</p><script nonce="abc==" src="/_next/static/chunks/c.js" async=""></script></body></html>';

const stripped =
  '<!DOCTYPE html><html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>' +
  '<script src="/_next/static/chunks/b.js" async=""></script><script nonce="abc==">self.__next_f.push([1,"\\u003cscript src=x nonce=abc\\u003e"])</script>' +
  '</head><body><p title="nonce=&quot;abc&quot;">a &lt;script src=&quot;x&quot; nonce=&quot;abc&quot;&gt;</p><script src="/_next/static/chunks/c.js" async=""></script></body></html>';

describe("the script nonce stripper", () => {
  it("takes the nonce off external scripts and preloads only, leaving inline scripts, text and attributes as they were", () => {
    const stripper = createNonceStripper();
    expect(stripper.push(page) + stripper.end()).toBe(stripped);
  });

  it("gives the same page however the stream is cut, a tag cut in two included", () => {
    for (const size of [1, 2, 3, 7, 13, 64]) {
      const stripper = createNonceStripper();
      let out = "";
      for (let at = 0; at < page.length; at += size) out += stripper.push(page.slice(at, at + size));
      expect(out + stripper.end()).toBe(stripped);
    }
  });

  it("never adds a nonce, and leaves an inline script that has none without one", () => {
    const stripper = createNonceStripper();
    const injected = '<script>alert(1)</script><script src="/evil.js"></script>';
    expect(stripper.push(injected) + stripper.end()).toBe(injected);
  });
});
