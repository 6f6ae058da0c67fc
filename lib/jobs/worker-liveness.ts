import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type pg from "pg";

/**
 * graphile-worker frees a job whose worker vanished (a SIGKILL, a lost machine) only after four
 * hours. Each instance here says every `beatSeconds` which queue workers it runs; any instance
 * then frees the jobs held by workers that no live instance claims, once they have been held for
 * four beats. A job freed this way runs again, so every task is written to be safe to repeat.
 */
export function keepWorkersAlive(pool: pg.Pool, workerIds: Set<string>, beatSeconds: number): { stop(): Promise<void> } {
  const instanceId = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  const staleSeconds = beatSeconds * 4;
  const beat = async () => {
    await pool.query(
      `INSERT INTO "JobInstance" (id, "workerIds", "seenAt") VALUES ($1, $2, now())
       ON CONFLICT (id) DO UPDATE SET "workerIds" = excluded."workerIds", "seenAt" = now()`,
      [instanceId, [...workerIds]],
    );
    await pool.query(
      `SELECT graphile_worker.force_unlock_workers(ARRAY(
         SELECT DISTINCT j.locked_by FROM graphile_worker.jobs j
         WHERE j.locked_by IS NOT NULL AND j.locked_at < now() - make_interval(secs => $1)
           AND NOT EXISTS (SELECT 1 FROM "JobInstance" i WHERE i."seenAt" > now() - make_interval(secs => $1) AND j.locked_by = ANY (i."workerIds"))))`,
      [staleSeconds],
    );
    await pool.query(`DELETE FROM "JobInstance" WHERE "seenAt" < now() - interval '1 day'`);
  };
  const run = () => beat().catch((error) => console.error(`Job queue: could not record this instance's workers (${(error as Error).message}).`));
  void run();
  const timer = setInterval(run, beatSeconds * 1000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await pool.query(`DELETE FROM "JobInstance" WHERE id = $1`, [instanceId]).catch(() => {});
    },
  };
}
