import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staticFiles } from "./static-files";

let dir: string;
const script = `self.chunk = ${JSON.stringify("a built script ".repeat(400))};\n`;
const font = Buffer.from([0x77, 0x4f, 0x46, 0x32, 1, 2, 3, 4]);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "factmark-static-"));
  await mkdir(path.join(dir, "chunks"), { recursive: true });
  await mkdir(path.join(dir, "media"), { recursive: true });
  await writeFile(path.join(dir, "chunks", "0abc.js"), script);
  await writeFile(path.join(dir, "media", "font.woff2"), font);
  await writeFile(path.join(dir, "chunks", "notes.unknown"), "kept");
  await writeFile(path.join(path.dirname(dir), "outside.js"), "secret");
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(path.join(path.dirname(dir), "outside.js"), { force: true });
});

describe("staticFiles", () => {
  it("sends a script gzipped to a browser that takes gzip, plain to one that does not, with Next.js's headers", async () => {
    const files = staticFiles(dir);
    const packed = await files.answer("GET", "/_next/static/chunks/0abc.js", { "accept-encoding": "gzip, deflate, br" });
    expect(packed?.status).toBe(200);
    expect(packed?.headers["Content-Encoding"]).toBe("gzip");
    expect(gunzipSync(packed!.body).toString()).toBe(script);
    expect(packed?.headers["Content-Length"]).toBe(String(packed!.body.length));
    expect(packed?.body.length).toBeLessThan(script.length / 10);
    expect(packed?.headers).toMatchObject({
      "Content-Type": "application/javascript; charset=UTF-8",
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      Vary: "Accept-Encoding",
    });

    for (const acceptEncoding of [undefined, "identity", "gzip;q=0, br"]) {
      const plain = await files.answer("GET", "/_next/static/chunks/0abc.js?dpl=1", { "accept-encoding": acceptEncoding });
      expect(plain?.headers["Content-Encoding"], acceptEncoding).toBeUndefined();
      expect(plain?.body.toString(), acceptEncoding).toBe(script);
    }
  });

  it("answers a repeat with the file's entity tag 304 and no body, and HEAD with the length but no body", async () => {
    const files = staticFiles(dir);
    const first = await files.answer("GET", "/_next/static/chunks/0abc.js", {});
    const etag = first!.headers.ETag;
    expect(etag).toMatch(/^"[\w-]+"$/);
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const again = await files.answer("GET", "/_next/static/chunks/0abc.js", { "if-none-match": ifNoneMatch });
      expect(again?.status, ifNoneMatch).toBe(304);
      expect(again?.body.length, ifNoneMatch).toBe(0);
    }
    expect((await files.answer("GET", "/_next/static/chunks/0abc.js", { "if-none-match": '"other"' }))?.status).toBe(200);
    const head = await files.answer("HEAD", "/_next/static/chunks/0abc.js", {});
    expect(head?.body.length).toBe(0);
    expect(head?.headers["Content-Length"]).toBe(String(script.length));
  });

  it("sends a font as it is, never gzipped", async () => {
    const answer = await staticFiles(dir).answer("GET", "/_next/static/media/font.woff2", { "accept-encoding": "gzip" });
    expect(answer?.headers["Content-Type"]).toBe("font/woff2");
    expect(answer?.headers["Content-Encoding"]).toBeUndefined();
    expect(answer?.body.equals(font)).toBe(true);
  });

  it("leaves to Next.js what it cannot answer exactly: other methods and addresses, ranges, unknown kinds, missing files, escapes", async () => {
    const files = staticFiles(dir);
    const leftAlone = [
      ["POST", "/_next/static/chunks/0abc.js", {}],
      ["GET", "/api/articles", {}],
      ["GET", "/_next/static/chunks/0abc.js", { range: "bytes=0-10" }],
      ["GET", "/_next/static/chunks/notes.unknown", {}],
      ["GET", "/_next/static/chunks/missing.js", {}],
      ["GET", "/_next/static/../outside.js", {}],
      ["GET", "/_next/static/chunks/%2e%2e/%2e%2e/outside.js", {}],
      ["GET", "/_next/static/chunks\\..\\..\\outside.js", {}],
      ["GET", "/_next/static//etc/passwd.js", {}],
    ] as const;
    for (const [method, url, headers] of leftAlone) expect(await files.answer(method, url, headers), `${method} ${url}`).toBeNull();
  });

  it("finds a file built after it was first asked for", async () => {
    const files = staticFiles(dir);
    expect(await files.answer("GET", "/_next/static/chunks/later.js", {})).toBeNull();
    await writeFile(path.join(dir, "chunks", "later.js"), "later();");
    expect((await files.answer("GET", "/_next/static/chunks/later.js", {}))?.body.toString()).toBe("later();");
  });
});
