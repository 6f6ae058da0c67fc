import type { Tx } from "../db/client";

export interface EnqueueOptions {
  /**
   * One job per key: while a job with this key waits, adding another replaces it ("replace") or
   * keeps its time ("preserve_run_at"), so the same work is never queued twice.
   */
  jobKey?: string;
  jobKeyMode?: "replace" | "preserve_run_at";
  runAt?: Date;
  /** Attempts before the job is left failed (retried with exponential back-off until then). */
  maxAttempts?: number;
}

/**
 * Queues a background job in the caller's transaction: it exists exactly when the rows it works on
 * were committed, so a crash can neither lose it nor leave it pointing at nothing. Any instance's
 * worker takes it (lib/jobs/start-worker.ts).
 */
export async function enqueueJob(tx: Pick<Tx, "$queryRaw">, task: string, payload: Record<string, unknown>, options: EnqueueOptions = {}): Promise<void> {
  await tx.$queryRaw`SELECT (graphile_worker.add_job(
    ${task}::text,
    ${JSON.stringify(payload)}::json,
    run_at := ${options.runAt ?? null}::timestamptz,
    max_attempts := ${options.maxAttempts ?? 5}::int,
    job_key := ${options.jobKey ?? null}::text,
    job_key_mode := ${options.jobKeyMode ?? "replace"}::text
  )).id`;
}
