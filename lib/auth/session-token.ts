import { hkdfSync, randomUUID } from "node:crypto";
import { EncryptJWT, jwtDecrypt, type JWTPayload } from "jose";

/**
 * The session cookie's token, in next-auth's own format (a JWE, "dir" with A256GCM, its key drawn
 * from the secret with HKDF), so that tokens next-auth issues at sign-in read here and tokens
 * renewed here read in next-auth. next-auth draws the key anew for every token it reads or writes
 * and, through getServerSession, runs its whole request handler (configuration checks, a CSRF
 * token) and writes a new token for every request: about an eighth of a request's time on the
 * server, measured on a run of refused writes.
 * The key is drawn once per secret here.
 */

const keys = new Map<string, Uint8Array>();

function keyFor(secret: string): Uint8Array {
  let key = keys.get(secret);
  if (!key) {
    key = new Uint8Array(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32));
    keys.set(secret, key);
  }
  return key;
}

/** Seconds of leeway for clocks that disagree, as next-auth allows. */
const CLOCK_TOLERANCE_SECONDS = 15;

export type SessionClaims = JWTPayload & Record<string, unknown>;

/** A token holding `token`'s claims, valid for `maxAge` seconds from `now`. */
export async function encodeSessionToken({ token, secret, maxAge, now = new Date() }: { token?: Record<string, unknown>; secret: string; maxAge: number; now?: Date }): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new EncryptJWT({ ...token })
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + maxAge)
    .setJti(randomUUID())
    .encrypt(keyFor(secret));
}

/** The token's claims, or null when it is missing, expired, tampered with or made with another secret. */
export async function decodeSessionToken({ token, secret, now = new Date() }: { token?: string; secret: string; now?: Date }): Promise<SessionClaims | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtDecrypt(token, keyFor(secret), { clockTolerance: CLOCK_TOLERANCE_SECONDS, currentDate: now });
    return payload as SessionClaims;
  } catch {
    return null;
  }
}

/** A session is renewed at most once a minute: its hours then run from the last minute of use. */
export const RENEW_AFTER_SECONDS = 60;

/**
 * The session's token renewed to end `maxAge` from `now`, as next-auth renews it on each read, or
 * null while the token is less than a minute old.
 */
export async function renewedSessionToken(claims: SessionClaims, { secret, maxAge, now = new Date() }: { secret: string; maxAge: number; now?: Date }): Promise<string | null> {
  if (typeof claims.iat === "number" && now.getTime() / 1000 - claims.iat < RENEW_AFTER_SECONDS) return null;
  // The new token's own times and id replace the old ones.
  const kept = Object.fromEntries(Object.entries(claims).filter(([name]) => !["iat", "exp", "jti"].includes(name)));
  return encodeSessionToken({ token: kept, secret, maxAge, now });
}

/** The session cookie's name: next-auth's, with the __Secure- prefix where cookies are Secure. */
export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}

/**
 * The token from a request's cookies. next-auth splits a token too long for one cookie into
 * `name.0`, `name.1`, …, joined here in order.
 */
export function sessionTokenFrom(cookies: { name: string; value: string }[], secure: boolean): string | undefined {
  const name = sessionCookieName(secure);
  const whole = cookies.find((cookie) => cookie.name === name);
  if (whole) return whole.value;
  const chunks = cookies
    .flatMap((cookie) => {
      const match = cookie.name.startsWith(`${name}.`) ? /^\d+$/.exec(cookie.name.slice(name.length + 1)) : null;
      return match ? [{ index: Number(match[0]), value: cookie.value }] : [];
    })
    .sort((a, b) => a.index - b.index);
  return chunks.length ? chunks.map((chunk) => chunk.value).join("") : undefined;
}
