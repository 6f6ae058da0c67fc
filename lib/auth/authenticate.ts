import { db } from "../db/client";
import { burnPasswordCheck, verifyPassword } from "./password";
import { readDeviceCookie } from "./device-cookie";
import { beginAttempt, finishAttempt, throttleMessage } from "./throttle";
import type { Role } from "./roles";

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionVersion: number;
}

export type AuthenticationResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid"; message: string }
  | { ok: false; reason: "throttled"; message: string; retryAfterSeconds: number };

/** One message for every failure, so it never tells which of email or password was wrong. */
export const INVALID_CREDENTIALS = "That email and password do not match an active account.";

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks a sign-in. The attempt is counted (atomically, see beginAttempt) before the password is
 * hashed, so a burst of parallel guesses gets no more tries than a patient guesser. A valid
 * device cookie for the account (`deviceCookie`, lib/auth/device-cookie.ts) puts the attempt
 * under that device's own count instead of the account's.
 */
export async function authenticate(
  input: { email: string; password: string; ip: string; deviceCookie?: string | null },
  clock?: () => Date,
): Promise<AuthenticationResult> {
  const email = normalizeEmail(input.email);
  const device = readDeviceCookie(input.deviceCookie, email, clock?.());
  const attempt = await beginAttempt(email, input.ip, device, clock);
  if (!("id" in attempt)) {
    return {
      ok: false,
      reason: "throttled",
      message: throttleMessage(attempt.retryAfterSeconds),
      retryAfterSeconds: attempt.retryAfterSeconds,
    };
  }
  const user = await db.user.findUnique({ where: { email } });
  const passwordMatches = user
    ? await verifyPassword(input.password, user.passwordHash)
    : await burnPasswordCheck(input.password);
  const ok = Boolean(user && passwordMatches && !user.disabled);
  await finishAttempt(attempt.id, ok);
  if (!ok || !user) return { ok: false, reason: "invalid", message: INVALID_CREDENTIALS };
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
  };
}
