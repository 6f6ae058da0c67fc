import { EventEmitter } from "node:events";
import { run, type ParsedCronItem, type Runner, type TaskList, type WorkerEvents } from "graphile-worker";
import { createPool } from "../db/pool";
import { queueLogger, queuePreset } from "../db/queue-schema";
import { keepWorkersAlive } from "./worker-liveness";

export interface WorkerSetup {
  taskList: TaskList;
  cron: ParsedCronItem[];
}

/** How the worker runs, from the environment (documented in .env.example). */
export function workerSettings(env: NodeJS.ProcessEnv = process.env) {
  const number = (value: string | undefined, fallback: number, min: number) => {
    const parsed = Number(value);
    return value !== undefined && value !== "" && Number.isFinite(parsed) && parsed >= min ? parsed : fallback;
  };
  return {
    enabled: env.JOB_WORKER !== "false",
    concurrency: number(env.JOB_CONCURRENCY, 4, 1),
    // New jobs are announced (LISTEN/NOTIFY) and taken at once; the poll finds retries and future jobs.
    pollIntervalMs: number(env.JOB_POLL_INTERVAL_MS, 2_000, 100),
    beatSeconds: number(env.JOB_HEARTBEAT_SECONDS, 15, 1),
  };
}

interface Running {
  runner: Runner;
  liveness: { stop(): Promise<void> };
}

const holder = globalThis as unknown as { factmarkWorker?: Promise<Running | null> };

/**
 * Starts this process's share of the background work: up to JOB_CONCURRENCY jobs at a time, taken
 * from PostgreSQL with SKIP LOCKED so each runs on one instance only, retried with exponential
 * back-off, and the crontab (each tick once across all instances). Once per process.
 */
export function startWorker(setup: WorkerSetup, env: NodeJS.ProcessEnv = process.env): Promise<Running | null> {
  holder.factmarkWorker ??= (async () => {
    const settings = workerSettings(env);
    if (!settings.enabled) return null;
    const pool = createPool({ connectionString: env.DATABASE_URL, max: settings.concurrency + 3 });
    // A connection that dies while a job holds it (PostgreSQL restarting or stopping) fails that
    // job's query, which the queue retries; unheard, the connection's own 'error' would end the
    // process. graphile-worker asks for this listener on every connection the pool opens.
    pool.on("connect", (client) => client.on("error", () => {}));
    const events: WorkerEvents = new EventEmitter();
    const workerIds = new Set<string>();
    events.on("worker:create", ({ worker }) => workerIds.add(worker.workerId));
    // JOB_LOG=true: one line per finished job, for following the work (and for the tests that count it).
    if (env.JOB_LOG === "true") events.on("job:success", ({ job }) => console.log(`job done: ${job.task_identifier} ${JSON.stringify(job.payload)}`));
    const runner = await run({
      pgPool: pool,
      concurrency: settings.concurrency,
      pollInterval: settings.pollIntervalMs,
      noHandleSignals: true,
      taskList: setup.taskList,
      parsedCronItems: setup.cron,
      logger: queueLogger,
      preset: queuePreset,
      events,
    });
    const liveness = keepWorkersAlive(pool, workerIds, settings.beatSeconds);
    void runner.promise.finally(() => pool.end().catch(() => {}));
    return { runner, liveness };
  })().catch((error) => {
    holder.factmarkWorker = undefined;
    console.error(`Background jobs could not start: ${(error as Error).message}`);
    return null;
  });
  return holder.factmarkWorker;
}

/** Lets running jobs finish (they are given back to the queue if they cannot) and stops taking new ones. */
export async function stopWorker(): Promise<void> {
  const running = await holder.factmarkWorker;
  holder.factmarkWorker = undefined;
  if (!running) return;
  await running.liveness.stop();
  await running.runner.stop();
}
