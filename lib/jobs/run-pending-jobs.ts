import { runOnce, type TaskList } from "graphile-worker";
import { queueLogger, queuePreset } from "../db/queue-schema";

/**
 * Runs, in this process, every job that is due, until none is left (one that fails waits for its
 * back-off and is not run again here). For tests and scripts that need the background work done
 * before they go on: when it returns, every job it ran is settled in the database. The app's
 * instances run the worker (start-worker.ts) instead.
 */
export async function runPendingJobs(taskList: TaskList, connectionString = process.env.DATABASE_URL): Promise<void> {
  await runOnce({ connectionString, taskList, logger: queueLogger, preset: queuePreset, noHandleSignals: true });
}
