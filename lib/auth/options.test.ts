import { describe, expect, it } from "vitest";
import { wantsSecureCookies } from "./secure-cookies";

describe("session cookies (security review, item 16)", () => {
  it("are Secure everywhere but plain http on this machine, whatever NEXTAUTH_URL says about the scheme", () => {
    expect(wantsSecureCookies("https://factmark.newsroom.example")).toBe(true);
    // Behind a TLS proxy with an http URL configured, cookies must still never travel in clear.
    expect(wantsSecureCookies("http://factmark.newsroom.example")).toBe(true);
    expect(wantsSecureCookies(undefined)).toBe(true);
    expect(wantsSecureCookies("http://localhost:3000")).toBe(false);
    expect(wantsSecureCookies("http://127.0.0.1:3000")).toBe(false);
  });
});
