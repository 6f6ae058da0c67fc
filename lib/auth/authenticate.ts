import { db } from "../db/client";
import { burnPasswordCheck, verifyPassword } from "./password";
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
 * hashed, so a burst of parallel guesses gets no more tries than a patient guesser.
 */
export async function authenticate(input: { email: string; password: string; ip: string }, clock?: () => Date): Promise<AuthenticationResult> {
  const email = normalizeEmail(input.email);
  const attempt = await beginAttempt(email, input.ip, clock);
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
