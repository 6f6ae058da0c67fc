import { environment } from "../config/environment";

/**
 * Session cookies are Secure (sent over https only) except when the app itself is plain http on
 * this machine (development and the tests). next-auth would otherwise decide from NEXTAUTH_URL
 * alone, so an app behind a TLS proxy configured with an http URL handed out cookies that could
 * travel in clear text.
 */
export function wantsSecureCookies(appUrl = environment().NEXTAUTH_URL): boolean {
  if (!appUrl) return true;
  const url = new URL(appUrl);
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  return url.protocol === "https:" || !local;
}
