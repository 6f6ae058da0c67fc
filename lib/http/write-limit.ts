import { z } from "zod";
import { getPool } from "../db/client";
import { TooManyRequestsError } from "../errors/domain-error";
import { environment, parseEnvironment } from "../config/environment";

/**
 * How many changes one person may send a minute. A checker annotating at full speed makes a few
 * dozen; past this it is a script or a stuck client, and the rest of the desk must still be
 * served. WRITE_LIMIT_PER_MINUTE changes it (0 turns the limit off; a value that is not a whole
 * number stops the server at start, lib/config/environment.ts).
 */
export function writeLimitPerMinute(env?: Record<string, string | undefined>): number {
  return (env ? parseEnvironment(env) : environment()).WRITE_LIMIT_PER_MINUTE;
}

const WINDOW_MS = 60_000;

// The window's start is a bigint column, which the driver would hand over as text: read as a number (exact below 2^53 ms).
const allowanceRow = z.object({ count: z.number().int(), windowStartMs: z.number() });

/**
 * Counts one request against the person's allowance for the current minute in `table` (a table of
 * userId, windowStartMs, count), in one statement, so parallel requests and every instance agree.
 * Answers how many the minute holds so far and the seconds until it ends.
 */
export async function chargeMinute(table: "WriteAllowance" | "PreviewAllowance", userId: string, now = new Date()): Promise<{ count: number; retryAfterSeconds: number; windowEndMs: number }> {
  const at = now.getTime();
  // Every write asks this: a plain query (lib/db/client.ts getPool).
  const { rows } = await getPool().query(
    `INSERT INTO "${table}" ("userId", "windowStartMs", count) VALUES ($1, $2, 1)
     ON CONFLICT ("userId") DO UPDATE SET
       count = CASE WHEN "${table}"."windowStartMs" <= $3 THEN 1 ELSE "${table}".count + 1 END,
       "windowStartMs" = CASE WHEN "${table}"."windowStartMs" <= $3 THEN $2 ELSE "${table}"."windowStartMs" END
     RETURNING count, "windowStartMs"::float8 AS "windowStartMs"`,
    [userId, at, at - WINDOW_MS],
  );
  const row = allowanceRow.parse(rows[0]);
  const windowEndMs = row.windowStartMs + WINDOW_MS;
  return { count: row.count, retryAfterSeconds: secondsUntil(windowEndMs, at), windowEndMs };
}

const secondsUntil = (endMs: number, at: number) => Math.max(1, Math.ceil((endMs - at) / 1000));

/**
 * Who this process has refused, until when: once a person's minute is spent, the rest of it is
 * refused here without a statement. A script sending thousands of writes then costs the database
 * one row update per instance and minute, not one per request on the row they all wait to lock.
 * On globalThis: the routes Next.js bundles and the server in front of them (scripts/serve.ts,
 * lib/http/spent-writer-gate.ts) share it.
 */
const shared = globalThis as typeof globalThis & { factmarkSpentUntil?: Map<string, number> };
const spentUntil = (shared.factmarkSpentUntil ??= new Map<string, number>());
const SPENT_KEPT = 10_000;

function refusal(limit: number, retryAfterSeconds: number) {
  return new TooManyRequestsError(`You have made more than ${limit} changes in a minute. Wait ${retryAfterSeconds} seconds and try again.`, retryAfterSeconds);
}

/** The refusal for a person whose minute this process already knows is spent, or null. */
export function knownSpent(userId: string, now = new Date(), limit = writeLimitPerMinute()): TooManyRequestsError | null {
  if (limit === 0) return null;
  const at = now.getTime();
  const spent = spentUntil.get(userId);
  return spent !== undefined && at < spent ? refusal(limit, secondsUntil(spent, at)) : null;
}

/**
 * Counts one write against the person's allowance for the current minute and refuses it with 429
 * and the seconds until the minute ends once the allowance is spent. A script that ignores the
 * answer keeps being refused until the minute ends rather than earning another try.
 */
export async function chargeWrite(userId: string, now = new Date(), limit = writeLimitPerMinute()): Promise<void> {
  if (limit === 0) return;
  const known = knownSpent(userId, now, limit);
  if (known) throw known;
  const at = now.getTime();
  const { count, retryAfterSeconds, windowEndMs } = await chargeMinute("WriteAllowance", userId, now);
  if (count > limit) {
    if (spentUntil.size >= SPENT_KEPT) for (const [id, until] of spentUntil) if (until <= at) spentUntil.delete(id);
    if (spentUntil.size < SPENT_KEPT) spentUntil.set(userId, windowEndMs);
    throw refusal(limit, retryAfterSeconds);
  }
}
