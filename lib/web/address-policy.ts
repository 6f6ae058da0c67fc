import { BlockList, isIP } from "node:net";

/**
 * Addresses a server-side fetch must never reach on a person's say-so: this machine, private and
 * shared networks, link-local (169.254.169.254 is the cloud's metadata service), multicast,
 * documentation and reserved ranges, in IPv4 and IPv6. Decimal, hexadecimal and short forms of an
 * IPv4 address ("2130706433", "0x7f.1", "127.1") never get here as such: the URL parser has already
 * turned them into the dotted address they mean.
 *
 * An IPv6 address can carry an IPv4 one, and a router or the kernel may deliver it there: such an
 * address is judged by the IPv4 address inside it (see `embeddedIPv4`), whatever its textual form,
 * since it is expanded to its 128 bits before anything is compared.
 */
const blockedV4 = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  blockedV4.addSubnet(network, prefix, "ipv4");
}

const blockedV6 = new BlockList();
for (const [network, prefix] of [
  // IPv4-compatible (deprecated, no route on the internet) and with it :: and ::1.
  ["::", 96],
  // Local-use NAT64 (RFC 8215): where the IPv4 sits inside is the operator's choice, so it cannot be read.
  ["64:ff9b:1::", 48],
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
] as const) {
  blockedV6.addSubnet(network, prefix, "ipv6");
}

/** The eight 16-bit groups of a valid IPv6 address (any textual form, zone dropped), or null. */
export function ipv6Groups(text: string): number[] | null {
  const address = text.split("%")[0];
  if (isIP(address) !== 6) return null;
  let body = address;
  const tail: number[] = [];
  const dotted = body.match(/^(.*:)(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const octets = dotted[2].split(".").map(Number);
    tail.push((octets[0] << 8) | octets[1], (octets[2] << 8) | octets[3]);
    body = dotted[1].endsWith("::") ? dotted[1] : dotted[1].slice(0, -1);
  }
  const hex = (part: string) => (part === "" ? [] : part.split(":").map((group) => parseInt(group, 16)));
  const [head, rest] = body.split("::");
  const left = hex(head);
  const right = [...(rest === undefined ? [] : hex(rest)), ...tail];
  const missing = 8 - left.length - right.length;
  const groups = rest === undefined ? [...left, ...right] : [...left, ...Array<number>(missing).fill(0), ...right];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

const ipv4 = (high: number, low: number) => `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;

/**
 * The IPv4 addresses an IPv6 address carries: IPv4-mapped (::ffff:0:0/96), IPv4-translated
 * (::ffff:0:0:0/96), well-known NAT64 (64:ff9b::/96), 6to4 (2002::/16, bits 16-47) and Teredo
 * (2001::/32: the server in bits 32-63, the client inverted in bits 96-127).
 */
export function embeddedIPv4(groups: number[]): string[] {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups;
  const zero = (...gs: number[]) => gs.every((g) => g === 0);
  if (zero(g0, g1, g2, g3, g4) && g5 === 0xffff) return [ipv4(g6, g7)];
  if (zero(g0, g1, g2, g3, g5) && g4 === 0xffff) return [ipv4(g6, g7)];
  if (g0 === 0x64 && g1 === 0xff9b && zero(g2, g3, g4, g5)) return [ipv4(g6, g7)];
  if (g0 === 0x2002) return [ipv4(g1, g2)];
  if (g0 === 0x2001 && g1 === 0) return [ipv4(g2, g3), ipv4(~g6 & 0xffff, ~g7 & 0xffff)];
  return [];
}

/** Whether `address` (an IP address as text) is one anyone on the internet could serve a page from. */
export function isPublicAddress(address: string): boolean {
  if (isIP(address) === 4) return !blockedV4.check(address, "ipv4");
  const groups = ipv6Groups(address);
  if (!groups) return false;
  const canonical = groups.map((g) => g.toString(16)).join(":");
  if (blockedV6.check(canonical, "ipv6")) return false;
  return embeddedIPv4(groups).every((inner) => !blockedV4.check(inner, "ipv4"));
}
