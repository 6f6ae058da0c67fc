import { db } from "../db/client";

/** Failed attempts allowed inside the window before sign-in is paused. */
export const THROTTLE = {
  windowMinutes: 15,
  perAccount: 5,
  perAddress: 50,
} as const;

export interface ThrottleState {
  blocked: boolean;
  retryAfterSeconds: number;
}

/**
 * Counts recent failures for the account and for the address. Kept in the database (not in
 * memory) so that every app instance applies the same limit.
 */
export async function checkThrottle(email: string, ip: string, now = new Date()): Promise<ThrottleState> {
  const since = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  const [byAccount, byAddress] = await Promise.all([
    db.loginAttempt.findMany({
      where: { email, success: false, createdAt: { gte: since } },
      orderBy: { createdAt: "desc" },
      take: THROTTLE.perAccount,
      select: { createdAt: true },
    }),
    db.loginAttempt.findMany({
      where: { ip, success: false, createdAt: { gte: since } },
      orderBy: { createdAt: "desc" },
      take: THROTTLE.perAddress,
      select: { createdAt: true },
    }),
  ]);
  const blockedUntil = (attempts: { createdAt: Date }[], limit: number) =>
    attempts.length >= limit ? attempts[limit - 1].createdAt.getTime() + THROTTLE.windowMinutes * 60_000 : 0;
  const until = Math.max(blockedUntil(byAccount, THROTTLE.perAccount), blockedUntil(byAddress, THROTTLE.perAddress));
  return until > now.getTime()
    ? { blocked: true, retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000) }
    : { blocked: false, retryAfterSeconds: 0 };
}

export async function recordAttempt(email: string, ip: string, success: boolean): Promise<void> {
  await db.loginAttempt.create({ data: { email, ip, success } });
}

export function throttleMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many failed sign-in attempts. Please wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`;
}
