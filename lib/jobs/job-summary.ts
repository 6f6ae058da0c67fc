import type { ParsedCronItem } from "graphile-worker";
import { z } from "zod";
import { db, type Db } from "../db/client";
import { workerSettings } from "./start-worker";

/** One kind of job, as the desk sees it. */
export interface TaskSummary {
  task: string;
  /** Waiting for their first run (now or at a later time). */
  queued: number;
  /** Held by a worker right now. */
  running: number;
  /** Failed at least once and waiting for their next attempt. */
  retrying: number;
  /** Out of attempts: the queue leaves them for a person to look at. */
  failed: number;
  /** When the next waiting job of this kind is due, if any waits. */
  nextRunAt: Date | null;
  /** The newest error of a job that failed for good, its first line only (never a stack trace). */
  lastError: { message: string; at: Date } | null;
}

export interface ScheduleSummary {
  identifier: string;
  task: string;
  nextRunAt: Date | null;
  lastRunAt: Date | null;
}

export interface InstanceSummary {
  id: string;
  workers: number;
  seenAt: Date;
}

export interface JobSummary {
  tasks: TaskSummary[];
  schedule: ScheduleSummary[];
  /** Instances whose heartbeat is recent enough that their jobs are not taken from them. */
  instances: InstanceSummary[];
}

const count = z.number().int().nonnegative();
const taskRow = z.object({
  task: z.string(),
  queued: count,
  running: count,
  retrying: count,
  failed: count,
  nextRunAt: z.date().nullable(),
  lastError: z.string().nullable(),
  lastErrorAt: z.date().nullable(),
});
const crontabRow = z.object({ identifier: z.string(), lastRunAt: z.date().nullable() });
const instanceRow = z.object({ id: z.string(), workers: count, secondsAgo: z.number().nonnegative() });

/** An error as people read it: its first line, bounded. */
export function errorInWords(text: string): string {
  const line = text.trim().split("\n", 1)[0].trim();
  return line.length > 300 ? `${line.slice(0, 299)}…` : line || "It failed without saying why.";
}

/** The first minute after `now` at which a cron item fires (cron times are UTC), within eight days. */
export function nextCronRun(item: ParsedCronItem, now: Date): Date | null {
  const at = new Date(now);
  at.setUTCSeconds(0, 0);
  for (let i = 0; i < 8 * 24 * 60; i++) {
    at.setUTCMinutes(at.getUTCMinutes() + 1);
    if (item.match({ min: at.getUTCMinutes(), hour: at.getUTCHours(), date: at.getUTCDate(), month: at.getUTCMonth() + 1, dow: at.getUTCDay() })) return new Date(at);
  }
  return null;
}

/**
 * The state of the background work across all instances, read from the queue's public view
 * (graphile_worker.jobs), its crontab record and the instances' heartbeats: what the app's own
 * role may SELECT (lib/db/queue-schema.ts). `tasks` names every kind the app runs, so a kind
 * with nothing queued still shows; kinds the queue holds beyond them are added.
 */
export async function readJobSummary(
  { tasks, cron, now = new Date() }: { tasks: string[]; cron: ParsedCronItem[]; now?: Date },
  client: Pick<Db, "$queryRaw"> = db,
): Promise<JobSummary> {
  const staleSeconds = workerSettings().beatSeconds * 4;
  const [taskRows, crontabRows, instanceRows] = await Promise.all([
    client.$queryRaw<unknown[]>`
      WITH counts AS (
        SELECT task_identifier AS task,
          count(*) FILTER (WHERE locked_at IS NULL AND attempts = 0)::int AS queued,
          count(*) FILTER (WHERE locked_at IS NOT NULL)::int AS running,
          count(*) FILTER (WHERE locked_at IS NULL AND attempts > 0 AND attempts < max_attempts)::int AS retrying,
          count(*) FILTER (WHERE locked_at IS NULL AND attempts >= max_attempts)::int AS failed,
          min(run_at) FILTER (WHERE locked_at IS NULL AND attempts < max_attempts) AS "nextRunAt"
        FROM graphile_worker.jobs GROUP BY task_identifier
      ), last AS (
        SELECT DISTINCT ON (task_identifier) task_identifier AS task, last_error, updated_at
        FROM graphile_worker.jobs WHERE locked_at IS NULL AND attempts >= max_attempts
        ORDER BY task_identifier, updated_at DESC, id DESC
      )
      SELECT c.*, l.last_error AS "lastError", l.updated_at AS "lastErrorAt" FROM counts c LEFT JOIN last l USING (task)`,
    client.$queryRaw<unknown[]>`SELECT identifier, last_execution AS "lastRunAt" FROM graphile_worker._private_known_crontabs`,
    // seenAt is written with now() in the database's own clock: compared there, not here.
    client.$queryRaw<unknown[]>`
      SELECT id, coalesce(cardinality("workerIds"), 0)::int AS workers, extract(epoch FROM now() - "seenAt")::float8 AS "secondsAgo"
      FROM "JobInstance" WHERE "seenAt" > now() - make_interval(secs => ${staleSeconds}) ORDER BY id`,
  ]);
  const byTask = new Map(taskRows.map((raw) => taskRow.parse(raw)).map((row) => [row.task, row]));
  const names = [...tasks, ...[...byTask.keys()].filter((task) => !tasks.includes(task)).sort()];
  const lastRuns = new Map(crontabRows.map((raw) => crontabRow.parse(raw)).map((row) => [row.identifier, row.lastRunAt]));
  return {
    tasks: names.map((task) => {
      const row = byTask.get(task);
      return {
        task,
        queued: row?.queued ?? 0,
        running: row?.running ?? 0,
        retrying: row?.retrying ?? 0,
        failed: row?.failed ?? 0,
        nextRunAt: row?.nextRunAt ?? null,
        lastError: row?.lastError != null && row.lastErrorAt ? { message: errorInWords(row.lastError), at: row.lastErrorAt } : null,
      };
    }),
    schedule: cron.map((item) => ({ identifier: item.identifier, task: item.task, nextRunAt: nextCronRun(item, now), lastRunAt: lastRuns.get(item.identifier) ?? null })),
    instances: instanceRows.map((raw) => instanceRow.parse(raw)).map((row) => ({ id: row.id, workers: row.workers, seenAt: new Date(now.getTime() - row.secondsAgo * 1000) })),
  };
}
