import { deviceCookieHeader, issueDeviceCookie } from "./device-cookie";
import { normalizeEmail } from "./authenticate";

/** next-auth answered a credentials sign-in with a session: 200 and a non-empty session cookie. */
function signedIn(response: Response): boolean {
  return response.status === 200 && response.headers.getSetCookie().some((cookie) => /session-token(\.\d+)?=[^;]/.test(cookie));
}

/**
 * A browser that signed in gets a fresh device cookie for that account (lib/auth/device-cookie.ts),
 * so a stranger's failures against the account never keep it out later.
 */
export function withDeviceCookie(response: Response, email: string, secure: boolean): Response {
  if (!signedIn(response)) return response;
  const value = issueDeviceCookie(normalizeEmail(email));
  if (!value) return response;
  const headers = new Headers(response.headers);
  headers.append("Set-Cookie", deviceCookieHeader(value, secure));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
