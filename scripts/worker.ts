/**
 * `npm run worker`: a process that only runs background jobs (the same worker every server runs
 * beside its requests), for a deployment that wants its fetching apart from its web servers (set
 * JOB_WORKER=false on those), and for the tests that kill one.
 */
import { startBackgroundWork } from "../lib/background/background-jobs";
import { stopWorker } from "../lib/jobs/start-worker";

const running = await startBackgroundWork();
if (!running) {
  console.error("The background worker did not start (JOB_WORKER=false, or see the error above).");
  process.exit(1);
}
console.log("Background worker running.");
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void stopWorker().finally(() => process.exit(0)));
}
