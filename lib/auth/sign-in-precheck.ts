import { signInSchema } from "../validation/auth-schemas";
import { formatIssues } from "../validation/format-issues";
import { clientAddress } from "../request/client-address";

import { normalizeEmail } from "./authenticate";
import { deviceCookieFrom, readDeviceCookie } from "./device-cookie";
import { checkThrottle, throttleMessage } from "./throttle";

/**
 * Runs before next-auth's credentials callback so that a malformed sign-in gets a 400 and a
 * throttled one a 429 (next-auth itself answers 401 to everything). The body answers in
 * next-auth's shape, a URL whose `error` parameter the sign-in form shows.
 */
export async function precheckCredentialsSignIn(request: Request, body: string, secureCookies: boolean): Promise<Response | null> {
  const form = new URLSearchParams(body);
  const base = new URL("/login", request.url);
  const fail = (status: number, message: string, headers?: HeadersInit) => {
    base.searchParams.set("error", message);
    return Response.json({ url: base.toString(), error: message }, { status, headers });
  };
  const parsed = signInSchema.safeParse({ email: form.get("email") ?? undefined, password: form.get("password") ?? undefined });
  if (!parsed.success) return fail(400, formatIssues(parsed.error));
  const email = normalizeEmail(parsed.data.email);
  const device = readDeviceCookie(deviceCookieFrom(request.headers.get("cookie"), secureCookies), email);
  const throttle = await checkThrottle(email, clientAddress(request.headers), device);
  if (throttle.blocked) {
    return fail(429, throttleMessage(throttle.retryAfterSeconds), { "Retry-After": String(throttle.retryAfterSeconds) });
  }
  return null;
}
