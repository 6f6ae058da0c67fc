import { describe, expect, it } from "vitest";
import { clientAddress, CLIENT_ADDRESS_HEADER, CLIENT_ADDRESS_SIGNATURE_HEADER, resolveClientAddress, stampClientAddress, trustedProxies } from "./client-address";

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
    const none = trustedProxies("");
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4" }), none)).toBe("unknown");
    const stamped: Record<string, string> = { "x-forwarded-for": "1.2.3.4", [CLIENT_ADDRESS_HEADER]: "6.6.6.6" };
    stampClientAddress(stamped, "198.51.100.7");
    expect(clientAddress(new Headers(stamped), none)).toBe("198.51.100.7");
  });

  it("never takes the app-server header from a client: under `next start` or `next dev` nobody sets it for real (issue #27)", () => {
    expect(clientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "198.51.100.7" }))).toBe("unknown");
    // A signature copied from another address, or made up, does not make it true.
    const real: Record<string, string> = {};
    stampClientAddress(real, "203.0.113.1");
    expect(clientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "198.51.100.7", [CLIENT_ADDRESS_SIGNATURE_HEADER]: real[CLIENT_ADDRESS_SIGNATURE_HEADER] }))).toBe("unknown");
    expect(clientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "198.51.100.7", [CLIENT_ADDRESS_SIGNATURE_HEADER]: "forged" }))).toBe("unknown");
  });

  it("without the app's server, takes X-Forwarded-For only when TRUSTED_PROXY names the proxies, and then the hop the nearest one added", () => {
    const forwarded = new Headers({ "x-forwarded-for": "1.2.3.4, 198.51.100.7, 10.0.0.2" });
    expect(clientAddress(forwarded, trustedProxies(""))).toBe("unknown");
    expect(clientAddress(forwarded, trustedProxies("10.0.0.1"))).toBe("10.0.0.2");
    expect(clientAddress(forwarded, trustedProxies(["10.0.0.1", "10.0.0.2"]))).toBe("198.51.100.7");
  });
});
