import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { environment } from "../config/environment";
import { cookiesFromHeader } from "./cookie-header";

/**
 * A device cookie (OWASP, "Slow down online guessing attacks with device cookies"): a browser
 * that once signed in to an account gets a signed note saying so. A sign-in carrying a valid one
 * for that account is not held up by the account-wide count of failures, which a stranger can
 * keep high by guessing at each Retry-After; it is throttled on its own failures only
 * (lib/auth/throttle.ts), so a stolen cookie gives no unlimited guesses.
 *
 * The value is `<account>.<expires>.<id>.<signature>`: the account's email (base64url), when it
 * expires (seconds since 1970), a random id (the device's failures are counted under it) and an
 * HMAC-SHA256 of the rest under a key derived from NEXTAUTH_SECRET.
 */
export const DEVICE_COOKIE_DAYS = 90;
const DAY_MS = 24 * 3_600_000;

/** `__Host-` when Secure: the browser then keeps it to this host, over https, for every path. */
export const deviceCookieName = (secure: boolean) => (secure ? "__Host-factmark-device" : "factmark-device");

function key(): Buffer | null {
  const secret = environment().NEXTAUTH_SECRET;
  return secret ? createHmac("sha256", secret).update("factmark device cookie v1").digest() : null;
}

const signature = (key: Buffer, payload: string) => createHmac("sha256", key).update(payload).digest();

/** A new device cookie's value for `email` (already normalised), or null when no secret is configured. */
export function issueDeviceCookie(email: string, issuedAt = new Date()): string | null {
  const secretKey = key();
  if (!secretKey) return null;
  const expires = Math.floor((issuedAt.getTime() + DEVICE_COOKIE_DAYS * DAY_MS) / 1000);
  const payload = `${Buffer.from(email).toString("base64url")}.${expires}.${randomBytes(16).toString("base64url")}`;
  return `${payload}.${signature(secretKey, payload).toString("base64url")}`;
}

/** The device's id when `value` is a valid, unexpired device cookie for `email`; otherwise null. */
export function readDeviceCookie(value: string | null | undefined, email: string, now = new Date()): string | null {
  const secretKey = key();
  const parts = value?.split(".");
  if (!secretKey || !parts || parts.length !== 4) return null;
  const [account, expires, id, mac] = parts;
  const given = Buffer.from(mac, "base64url");
  const expected = signature(secretKey, `${account}.${expires}.${id}`);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (Buffer.from(account, "base64url").toString() !== email) return null;
  return Number(expires) * 1000 > now.getTime() ? id : null;
}

/** The device cookie a request carries (from its Cookie header), if any. */
export function deviceCookieFrom(cookieHeader: string | null | undefined, secure: boolean): string | undefined {
  const name = deviceCookieName(secure);
  return cookiesFromHeader(cookieHeader).find((cookie) => cookie.name === name)?.value;
}

/** The Set-Cookie header that gives a browser its device cookie: HttpOnly, SameSite=Lax, Secure over https. */
export function deviceCookieHeader(value: string, secure: boolean): string {
  return `${deviceCookieName(secure)}=${value}; Path=/; Max-Age=${DEVICE_COOKIE_DAYS * 24 * 3600}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}
