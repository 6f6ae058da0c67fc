import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { environment } from "../config/environment";

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

/**
 * The header the app's own server (scripts/serve.ts) sets on every request to the address it
 * worked out, with a second header signing it with a key made by this process at start. Next.js
 * runs in the same process, so it can check the signature; a client that sends these headers
 * cannot sign them. Under `next start` or `next dev` nobody signs, and a client's
 * x-factmark-client-address (issue #27: it was believed there) is ignored.
 */
export const CLIENT_ADDRESS_HEADER = "x-factmark-client-address";
export const CLIENT_ADDRESS_SIGNATURE_HEADER = "x-factmark-client-address-signature";

const holder = globalThis as unknown as { factmarkClientAddressKey?: Buffer };
const sign = (address: string) => {
  holder.factmarkClientAddressKey ??= randomBytes(32);
  return createHmac("sha256", holder.factmarkClientAddressKey).update(address).digest();
};

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** For scripts/serve.ts: writes the client's address over whatever a client sent under these names. */
export function stampClientAddress(headers: Record<string, string | string[] | undefined>, address: string): void {
  headers[CLIENT_ADDRESS_HEADER] = address;
  headers[CLIENT_ADDRESS_SIGNATURE_HEADER] = sign(address).toString("base64url");
}

function stampedAddress(headers: HeaderBag): string | undefined {
  const address = header(headers, CLIENT_ADDRESS_HEADER);
  const signature = Buffer.from(header(headers, CLIENT_ADDRESS_SIGNATURE_HEADER) ?? "", "base64url");
  if (!address) return undefined;
  const expected = sign(address);
  return signature.length === expected.length && timingSafeEqual(signature, expected) ? address : undefined;
}

/**
 * The client's address for throttling: as the app's server recorded it; else (`next start`,
 * `next dev`), when TRUSTED_PROXY says proxies stand in front, the address the nearest of them
 * appended to X-Forwarded-For; else "unknown". Never a header a client wrote.
 */
export function clientAddress(headers: HeaderBag, trusted = trustedProxies()): string {
  const stamped = stampedAddress(headers);
  if (stamped) return stamped;
  if (trusted.size === 0) return "unknown";
  const hops = forwardedHops(header(headers, "x-forwarded-for"));
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!trusted.has(hops[i])) return hops[i];
  }
  return "unknown";
}

const normalize = (address: string) => address.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");

/** TRUSTED_PROXY: the addresses of the proxies in front of the app, comma-separated. */
export function trustedProxies(value: string | string[] = environment().TRUSTED_PROXY): Set<string> {
  return new Set((Array.isArray(value) ? value : value.split(",")).map(normalize).filter(Boolean));
}

const forwardedHops = (forwardedFor: string | string[] | undefined) =>
  (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").map(normalize).filter(Boolean);

/**
 * Who sent a request. The socket's peer, unless that peer is a trusted proxy: then the
 * X-Forwarded-For entries are read from the right (each proxy appends the address it saw) and the
 * first one that is not itself a trusted proxy is the client. Entries left of it are the client's
 * own words and are never used.
 */
export function resolveClientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trusted: Set<string>): string {
  const socket = normalize(peer ?? "");
  if (!socket) return "unknown";
  if (!trusted.has(socket)) return socket;
  const hops = forwardedHops(forwardedFor);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!trusted.has(hops[i])) return hops[i];
  }
  return hops[0] ?? socket;
}
