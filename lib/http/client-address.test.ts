import { describe, expect, it } from "vitest";
import { clientAddress, CLIENT_ADDRESS_HEADER, resolveClientAddress, trustedProxies } from "./client-address";

describe("the client's address (security review, item 5)", () => {
  it("ignores X-Forwarded-For from anyone who is not a configured proxy", () => {
    expect(resolveClientAddress("203.0.113.9", "1.2.3.4", trustedProxies(""))).toBe("203.0.113.9");
    expect(resolveClientAddress("::ffff:203.0.113.9", "1.2.3.4, 5.6.7.8", trustedProxies("10.0.0.1"))).toBe("203.0.113.9");
  });

  it("behind a trusted proxy, takes the address the proxy saw, not what the client wrote before it", () => {
    const trusted = trustedProxies("10.0.0.1, 10.0.0.2");
    expect(resolveClientAddress("10.0.0.1", "198.51.100.7", trusted)).toBe("198.51.100.7");
    // The client forged the first entry; the proxy appended the real one.
    expect(resolveClientAddress("10.0.0.1", "1.2.3.4, 198.51.100.7", trusted)).toBe("198.51.100.7");
    // Two proxies in a row.
    expect(resolveClientAddress("10.0.0.2", "1.2.3.4, 198.51.100.7, 10.0.0.1", trusted)).toBe("198.51.100.7");
  });

  it("reads only the header the app's server sets, never X-Forwarded-For", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4" }))).toBe("unknown");
    expect(clientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "198.51.100.7", "x-forwarded-for": "1.2.3.4" }))).toBe("198.51.100.7");
  });
});
