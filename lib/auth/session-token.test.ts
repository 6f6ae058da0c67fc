import { decode as nextAuthDecode, encode as nextAuthEncode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken, encodeSessionToken, renewedSessionToken, sessionCookieName, sessionTokenFrom } from "./session-token";

const secret = "a secret only these tests use, long enough";
const claims = { uid: "user-1", role: "EDITOR" as const, sv: 3, email: "e@example.org", name: "Eddie" };

describe("the session token", () => {
  it("reads what next-auth writes, and next-auth reads what it writes", async () => {
    const fromNextAuth = await nextAuthEncode({ token: claims, secret, maxAge: 60 });
    expect(await decodeSessionToken({ token: fromNextAuth, secret })).toMatchObject(claims);
    const ours = await encodeSessionToken({ token: claims, secret, maxAge: 60 });
    expect(await nextAuthDecode({ token: ours, secret })).toMatchObject(claims);
  });

  it("carries its issue and end times, and a fresh id each time", async () => {
    const now = new Date("2026-12-07T12:00:00Z");
    const first = await decodeSessionToken({ token: await encodeSessionToken({ token: claims, secret, maxAge: 600, now }), secret, now });
    const second = await decodeSessionToken({ token: await encodeSessionToken({ token: claims, secret, maxAge: 600, now }), secret, now });
    expect(first).toMatchObject({ iat: now.getTime() / 1000, exp: now.getTime() / 1000 + 600 });
    expect(first!.jti).not.toBe(second!.jti);
  });

  it("is refused when missing, expired, made with another secret or altered", async () => {
    const now = new Date("2026-12-07T12:00:00Z");
    const token = await encodeSessionToken({ token: claims, secret, maxAge: 600, now });
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
    expect(await decodeSessionToken({ token, secret, now: new Date(now.getTime() + 600_000 + 14_000) })).not.toBeNull();
    expect(await decodeSessionToken({ token, secret, now: new Date(now.getTime() + 600_000 + 16_000) })).toBeNull();
    expect(await decodeSessionToken({ token, secret: `${secret}!`, now })).toBeNull();
    const parts = token.split(".");
    parts[3] = parts[3].slice(0, -2) + (parts[3].endsWith("AA") ? "BB" : "AA");
    expect(await decodeSessionToken({ token: parts.join("."), secret, now })).toBeNull();
    expect(await decodeSessionToken({ token: "not a token", secret, now })).toBeNull();
  });

  it("is renewed to end a full session after its use, once it is a minute old, with the same claims", async () => {
    const issued = new Date("2026-12-07T12:00:00Z");
    const read = async (token: string, now: Date) => (await decodeSessionToken({ token, secret, now }))!;
    const old = await read(await encodeSessionToken({ token: claims, secret, maxAge: 600, now: issued }), issued);
    expect(await renewedSessionToken(old, { secret, maxAge: 600, now: new Date(issued.getTime() + 59_000) })).toBeNull();
    const later = new Date(issued.getTime() + 61_000);
    const renewed = await read((await renewedSessionToken(old, { secret, maxAge: 600, now: later }))!, later);
    expect(renewed).toMatchObject({ ...claims, iat: later.getTime() / 1000, exp: later.getTime() / 1000 + 600 });
    expect(renewed.jti).not.toBe(old.jti);
  });

  it("is found in its cookie, Secure-prefixed where cookies are Secure, and joined from chunks in order", () => {
    expect(sessionCookieName(true)).toBe("__Secure-next-auth.session-token");
    expect(sessionTokenFrom([{ name: "other", value: "x" }, { name: "next-auth.session-token", value: "whole" }], false)).toBe("whole");
    expect(sessionTokenFrom([{ name: "next-auth.session-token", value: "plain" }], true)).toBeUndefined();
    const chunks = [
      { name: "__Secure-next-auth.session-token.1", value: "b" },
      { name: "__Secure-next-auth.session-token.10", value: "d" },
      { name: "__Secure-next-auth.session-token.0", value: "a" },
      { name: "__Secure-next-auth.session-token.2", value: "c" },
      { name: "__Secure-next-auth.session-token.x", value: "!" },
    ];
    expect(sessionTokenFrom(chunks, true)).toBe("abcd");
    expect(sessionTokenFrom([], true)).toBeUndefined();
  });
});
