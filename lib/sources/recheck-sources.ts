import { runBookkeeping } from "../changes/bookkeeping";
import { z } from "zod";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { enqueueJob } from "../jobs/enqueue-job";
import { scheduledCheckUser } from "./scheduled-check-user";
import { checkSource } from "./check-source";
import { alertChangedSource } from "./source-alerts";

export const RECHECK_TASK = "recheck-source";
export const DUE_RECHECKS_TASK = "queue-due-rechecks";
/** Re-checks queued per run of DUE_RECHECKS_TASK (hourly): up to 12,000 a day. */
export const RECHECK_BATCH = 500;

/** SOURCE_RECHECK_DAYS: how old a source's last check may get before it is checked again (default 7; 0 turns re-checks off). */
export function recheckDays(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.SOURCE_RECHECK_DAYS;
  const days = value === undefined || value === "" ? 7 : Number(value);
  return Number.isFinite(days) && days >= 0 ? days : 7;
}

export interface RecheckPayload {
  sourceId: string;
  /** When the re-check was queued: a check since then means it was done. */
  queuedAt: string;
}

const dueRow = z.object({ due: z.number().int() });
const sourceRow = z.object({ id: z.string() });

/** Cited web sources (with a copy, on a live annotation) last checked before `due`: the FROM and WHERE. */
function dueSources(due: Date) {
  return Prisma.sql`FROM "Source" s
    JOIN "Annotation" a ON a.id = s."annotationId"
    CROSS JOIN LATERAL (SELECT max(c."checkedAt") AS at FROM "SourceCheck" c WHERE c."sourceId" = s.id) last
    WHERE s.url IS NOT NULL AND s."copyId" IS NOT NULL AND a."deletedAt" IS NULL
      AND coalesce(last.at, s."createdAt") < ${due}`;
}

/** How many cited sources are due a re-check now (queued or not yet): what the hourly run works through. */
export async function countDueRechecks(now = new Date(), days = recheckDays()): Promise<number> {
  if (days <= 0) return 0;
  const [row] = await db.$queryRaw<unknown[]>`SELECT count(*)::int AS due ${dueSources(new Date(now.getTime() - days * 86_400_000))}`;
  return dueRow.parse(row).due;
}

/**
 * Queues a re-check of every cited web source (with a copy, on a live annotation) whose last check
 * is older than `days`, the longest-waiting first, RECHECK_BATCH at a time, spread evenly over the
 * next hour so a thousand sources never hit the network at once. A source already queued keeps its
 * place (one job per source).
 */
export async function queueDueRechecks(now = new Date(), days = recheckDays(), batch = RECHECK_BATCH): Promise<number> {
  if (days <= 0) return 0;
  const due = new Date(now.getTime() - days * 86_400_000);
  const rows = (
    await db.$queryRaw<unknown[]>`
    SELECT s.id ${dueSources(due)}
    ORDER BY coalesce(last.at, s."createdAt"), s.id
    LIMIT ${batch}`
  ).map((row) => sourceRow.parse(row));
  const spacing = 3_600_000 / Math.max(rows.length, 1);
  await runBookkeeping(async (tx) => {
    for (const [i, { id }] of rows.entries()) {
      await enqueueJob(tx, RECHECK_TASK, { sourceId: id, queuedAt: now.toISOString() } satisfies RecheckPayload, {
        jobKey: `recheck:${id}`,
        jobKeyMode: "preserve_run_at",
        runAt: new Date(now.getTime() + Math.round(i * spacing)),
        maxAttempts: 3,
      });
    }
  });
  return rows.length;
}

/**
 * One scheduled re-check: fetches the page, records the check under the "Scheduled check" account,
 * and tells the annotation's author and approving editor when the page changed or is gone. Safe to
 * repeat: a source checked since the job was queued is not fetched again, and the inbox entries
 * are one per check and person.
 */
export async function recheckSource({ sourceId, queuedAt }: RecheckPayload): Promise<void> {
  const since = new Date(queuedAt);
  const source = await db.source.findUnique({
    where: { id: sourceId },
    select: { url: true, annotation: { select: { deletedAt: true } }, checks: { where: { checkedAt: { gte: since } }, select: { id: true }, take: 1 } },
  });
  if (!source?.url || source.annotation.deletedAt) return;
  const checker = await scheduledCheckUser();
  if (source.checks.length === 0) await checkSource(sourceId, checker.id);
  await alertChangedSource(sourceId, checker.id, since);
}
