import { runBookkeeping } from "../changes/bookkeeping";
import { z } from "zod";
import { db, type Tx } from "../db/client";

/**
 * Sign-in slows down instead of locking: past a number of free failures inside the window, each
 * further try must wait twice as long after the last failure, up to a cap. Three counts apply:
 * - one address against one account: the guesser's own count, which grows to a long wait;
 * - one account from anywhere: a short cap, so nobody can lock a person (or the admin) out by
 *   failing on purpose, while guesses spread over many addresses still crawl;
 * - one address against any account: a long wait for someone trying many accounts.
 * A browser with a valid device cookie for the account (lib/auth/device-cookie.ts) is judged by a
 * fourth count only, its own failures: whoever fails against the account elsewhere, even from the
 * same address, cannot keep the owner out (issue #27: a stranger guessing once a minute at each
 * Retry-After did), and a stolen cookie still crawls.
 */
export const THROTTLE = {
  windowMinutes: 15,
  limits: [
    { scope: "account-address", free: 5, capSeconds: 15 * 60 },
    { scope: "account", free: 20, capSeconds: 60 },
    { scope: "address", free: 50, capSeconds: 15 * 60 },
    { scope: "device", free: 5, capSeconds: 15 * 60 },
  ],
} as const;

export interface ThrottleState {
  blocked: boolean;
  retryAfterSeconds: number;
}

type Scope = (typeof THROTTLE.limits)[number]["scope"];

const failureRow = z.object({
  scope: z.enum(THROTTLE.limits.map((limit) => limit.scope) as [Scope, ...Scope[]]),
  // count(*) is a bigint.
  failures: z.bigint(),
  last: z.date().nullable(),
});

interface FailureCount {
  scope: Scope;
  failures: number;
  last: Date | null;
}

/** The wait after `failures` failures past the free ones: 1 s, 2 s, 4 s … up to the cap. */
export function requiredWaitSeconds(failures: number, free: number, capSeconds: number): number {
  if (failures < free) return 0;
  return Math.min(capSeconds, 2 ** Math.min(30, failures - free));
}

/** Failed (or still running) attempts in the window, for each scope. */
async function countFailures(client: Tx | typeof db, email: string, ip: string, device: string | null, since: Date): Promise<FailureCount[]> {
  const rows = await client.$queryRaw<unknown[]>`
    SELECT 'account-address' AS scope, count(*) AS failures, max("createdAt") AS last FROM "LoginAttempt"
      WHERE email = ${email} AND ip = ${ip} AND success IS NOT TRUE AND "createdAt" >= ${since}
    UNION ALL
    SELECT 'account', count(*), max("createdAt") FROM "LoginAttempt"
      WHERE email = ${email} AND success IS NOT TRUE AND "createdAt" >= ${since}
    UNION ALL
    SELECT 'address', count(*), max("createdAt") FROM "LoginAttempt"
      WHERE ip = ${ip} AND success IS NOT TRUE AND "createdAt" >= ${since}
    UNION ALL
    SELECT 'device', count(*), max("createdAt") FROM "LoginAttempt"
      WHERE device = ${device} AND success IS NOT TRUE AND "createdAt" >= ${since}`;
  return rows.map((raw) => {
    const row = failureRow.parse(raw);
    return { scope: row.scope, failures: Number(row.failures), last: row.last };
  });
}

function decide(counts: FailureCount[], now: Date, device: string | null): ThrottleState {
  let until = 0;
  for (const limit of THROTTLE.limits) {
    if ((limit.scope === "device") !== (device !== null)) continue;
    const count = counts.find((c) => c.scope === limit.scope);
    if (!count?.last) continue;
    const wait = requiredWaitSeconds(count.failures, limit.free, limit.capSeconds);
    if (wait === 0) continue;
    until = Math.max(until, count.last.getTime() + wait * 1000);
  }
  return until > now.getTime()
    ? { blocked: true, retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000) }
    : { blocked: false, retryAfterSeconds: 0 };
}

const windowStart = (now: Date) => new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);

/** Whether a sign-in would be refused now (a read only; `beginAttempt` is what counts). */
export async function checkThrottle(email: string, ip: string, device: string | null, now = new Date()): Promise<ThrottleState> {
  return decide(await countFailures(db, email, ip, device, windowStart(now)), now, device);
}

/**
 * Counts an attempt before its password is checked. The account's and the address's counts are
 * locked while deciding, so of many parallel guesses only the free ones are let through; the rest
 * are refused without hashing anything. `device` is the id of a valid device cookie for this
 * account, or null. Returns the attempt's id to finish, or the wait.
 */
export async function beginAttempt(email: string, ip: string, device: string | null, clock: () => Date = () => new Date()): Promise<{ id: string } | ThrottleState> {
  return runBookkeeping(async (tx) => {
    // The locks, always in the same order, so two attempts never wait on each other in a circle.
    const keys = [`login-account:${email}`, `login-address:${ip}`, ...(device ? [`login-device:${device}`] : [])].sort();
    for (const key of keys) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
    // The clock is read once the locks are held: a burst may have queued for them. (A parameter
    // so a test can hold time still while a burst of 200 drains, however slow the machine.)
    const now = clock();
    const state = decide(await countFailures(tx, email, ip, device, windowStart(now)), now, device);
    if (state.blocked) return state;
    return tx.loginAttempt.create({ data: { email, ip, device, success: null }, select: { id: true } });
  }, { maxWait: 10_000 });
}

export async function finishAttempt(id: string, success: boolean): Promise<void> {
  await db.loginAttempt.update({ where: { id }, data: { success } });
}

export function throttleMessage(retryAfterSeconds: number): string {
  if (retryAfterSeconds < 60) {
    return `Too many failed sign-in attempts. Please wait ${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"} and try again.`;
  }
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `Too many failed sign-in attempts. Please wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`;
}
