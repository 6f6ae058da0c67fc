import { describe, expect, it } from "vitest";
import { isPublicAddress } from "./address-policy";

/**
 * Every way an IPv6 address can carry an IPv4 one, with a private, loopback, link-local or
 * metadata IPv4 inside (refused) and a public one inside (allowed where the form is a real route
 * to the internet). `false` means refused.
 */
const table: [address: string, form: string, isPublic: boolean][] = [
  // Plain forms.
  ["8.8.8.8", "public IPv4", true],
  ["127.0.0.1", "loopback IPv4", false],
  ["10.1.2.3", "private IPv4", false],
  ["169.254.169.254", "metadata IPv4", false],
  ["2606:4700:4700::1111", "public IPv6", true],
  ["::1", "IPv6 loopback", false],
  ["0:0:0:0:0:0:0:1", "IPv6 loopback, long form", false],
  ["::", "IPv6 unspecified", false],
  ["fe80::1", "IPv6 link-local", false],
  ["fe80::1%eth0", "IPv6 link-local with a zone", false],
  ["fd00::1", "IPv6 unique local", false],
  ["ff02::1", "IPv6 multicast", false],
  // IPv4-compatible, ::/96.
  ["::127.0.0.1", "IPv4-compatible, dotted", false],
  ["::7f00:1", "IPv4-compatible, hex", false],
  ["::10.0.0.1", "IPv4-compatible, private", false],
  ["::169.254.169.254", "IPv4-compatible, metadata", false],
  ["::a9fe:a9fe", "IPv4-compatible, metadata in hex", false],
  ["0:0:0:0:0:0:192.168.1.1", "IPv4-compatible, long form", false],
  ["::8.8.8.8", "IPv4-compatible, public (deprecated form, no route)", false],
  // IPv4-mapped, ::ffff:0:0/96, in every textual form.
  ["::ffff:127.0.0.1", "IPv4-mapped, dotted", false],
  ["::FFFF:127.0.0.1", "IPv4-mapped, upper case", false],
  ["::ffff:7f00:1", "IPv4-mapped, hex", false],
  ["::ffff:7f00:0001", "IPv4-mapped, hex with leading zeros", false],
  ["0:0:0:0:0:ffff:127.0.0.1", "IPv4-mapped, long dotted", false],
  ["0000:0000:0000:0000:0000:ffff:7f00:0001", "IPv4-mapped, full hex", false],
  ["::ffff:169.254.169.254", "IPv4-mapped, metadata", false],
  ["::ffff:10.0.0.1", "IPv4-mapped, private", false],
  ["::ffff:8.8.8.8", "IPv4-mapped, public", true],
  // IPv4-translated (RFC 2765), ::ffff:0:0:0/96.
  ["::ffff:0:127.0.0.1", "IPv4-translated, loopback", false],
  ["::ffff:0:a00:1", "IPv4-translated, private in hex", false],
  // NAT64, 64:ff9b::/96 (well-known) and 64:ff9b:1::/48 (local use).
  ["64:ff9b::127.0.0.1", "NAT64, loopback", false],
  ["64:ff9b::7f00:1", "NAT64, loopback in hex", false],
  ["64:ff9b::10.0.0.1", "NAT64, private", false],
  ["64:ff9b::169.254.169.254", "NAT64, metadata", false],
  ["64:ff9b::8.8.8.8", "NAT64, public (what DNS64 answers on an IPv6-only network)", true],
  ["64:ff9b:1::10.0.0.1", "local-use NAT64, private", false],
  ["64:ff9b:1::8.8.8.8", "local-use NAT64 (operator-defined layout: refused whole)", false],
  // 6to4, 2002::/16, the IPv4 in bits 16-47.
  ["2002:7f00:1::", "6to4, loopback", false],
  ["2002:a00:1::1", "6to4, private", false],
  ["2002:a9fe:a9fe::", "6to4, metadata", false],
  ["2002:c0a8:101:1::1", "6to4, private 192.168.1.1", false],
  ["2002:808:808::1", "6to4, public", true],
  // Teredo, 2001::/32: server IPv4 in bits 32-63, client IPv4 inverted in bits 96-127.
  ["2001:0:7f00:1:8000:63bf:f7f7:f7f7", "Teredo, loopback server, public client", false],
  ["2001:0:4136:e378:8000:63bf:f5ff:fffe", "Teredo, private client 10.0.0.1", false],
  ["2001:0:4136:e378:8000:63bf:5601:5601", "Teredo, metadata client 169.254.169.254", false],
  ["2001:0:4136:e378:8000:63bf:f7f7:f7f7", "Teredo, public server and client 8.8.8.8", true],
  // Not addresses at all.
  ["localhost", "a name", false],
  ["::ffff:999.0.0.1", "an impossible IPv4 inside", false],
];

describe("isPublicAddress", () => {
  it.each(table)("%s (%s): public = %s", (address, _form, isPublic) => {
    expect(isPublicAddress(address)).toBe(isPublic);
  });
});
