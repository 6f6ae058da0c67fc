type HeaderBag = Headers | Record<string, string | string[] | undefined>;

/**
 * The header the app's own server (scripts/serve.ts) sets on every request to the address it
 * worked out, replacing whatever a client sent under that name. Nothing else is trusted: a client
 * writes X-Forwarded-For as it likes, and Next.js keeps a client's value instead of the socket's.
 */
export const CLIENT_ADDRESS_HEADER = "x-factmark-client-address";

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The client's address for throttling, as the app's server recorded it ("unknown" if it did not). */
export function clientAddress(headers: HeaderBag): string {
  return header(headers, CLIENT_ADDRESS_HEADER) || "unknown";
}

const normalize = (address: string) => address.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");

/** TRUSTED_PROXY: the addresses of the proxies in front of the app, comma-separated. */
export function trustedProxies(value = process.env.TRUSTED_PROXY): Set<string> {
  return new Set((value ?? "").split(",").map(normalize).filter(Boolean));
}

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
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").map(normalize).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!trusted.has(hops[i])) return hops[i];
  }
  return hops[0] ?? socket;
}
