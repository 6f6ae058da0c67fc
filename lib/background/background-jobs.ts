import { parseCronItems, type TaskList } from "graphile-worker";
import { z } from "zod";
import { runPendingJobs } from "../jobs/run-pending-jobs";
import { startWorker } from "../jobs/start-worker";
import { PRUNE_SCHEDULE, PRUNE_TASK, pruneOldRecords } from "../maintenance/prune";
import { ARCHIVE_TASK } from "../annotations/archive-queue";
import { archiveSourceJob } from "../sources/archive-source-job";
import { DUE_RECHECKS_TASK, queueDueRechecks, RECHECK_TASK, recheckSource } from "../sources/recheck-sources";

const archivePayload = z.object({ sourceId: z.string().min(1), actorId: z.string().min(1) });
const recheckPayload = z.object({ sourceId: z.string().min(1), queuedAt: z.iso.datetime() });

/** Every kind of background job Factmark runs, by the name it is queued under. */
export const taskList: TaskList = {
  [ARCHIVE_TASK]: async (payload, { job }) => {
    await archiveSourceJob(archivePayload.parse(payload), { number: job.attempts, of: job.max_attempts });
  },
  [RECHECK_TASK]: async (payload) => {
    await recheckSource(recheckPayload.parse(payload));
  },
  [DUE_RECHECKS_TASK]: async () => {
    await queueDueRechecks();
  },
  [PRUNE_TASK]: async () => {
    await pruneOldRecords();
  },
};

/** The recurring work: each tick runs once across all instances (the queue records the last one). */
export const cron = parseCronItems([
  { task: PRUNE_TASK, match: PRUNE_SCHEDULE, identifier: PRUNE_TASK },
  // Hourly, off the hour: queues the sources due a re-check (SOURCE_RECHECK_DAYS), spread over the hour.
  { task: DUE_RECHECKS_TASK, match: "7 * * * *", identifier: DUE_RECHECKS_TASK },
]);

/** Starts this instance's worker: from the server (instrumentation.ts) or `npm run worker`. */
export function startBackgroundWork() {
  return startWorker({ taskList, cron });
}

/** Runs every due job here and now, until none is left: for tests and scripts. */
export function runDueJobs(): Promise<void> {
  return runPendingJobs(taskList);
}
