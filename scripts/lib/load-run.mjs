/**
 * One autocannon run in a process of its own (plain Node, nothing else loaded), so the load and
 * the timing of it do not share an event loop with the benchmark that starts it. The connections
 * are split over worker threads, one per core: a single autocannon event loop saturates a core at
 * a few thousand responses a second, and past that its own queue is what the percentiles measure,
 * not the server's. Prints one JSON line: requests per second, exact p50/p95/p99 from every
 * response's time (gathered from all workers), errors, total.
 *
 *   node scripts/lib/load-run.mjs <url> <connections> <seconds> [headers as JSON] [workers]
 */
import os from "node:os";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import autocannon from "autocannon";

if (isMainThread) {
  const [url, connections, seconds, headers, workersArgument] = process.argv.slice(2);
  const total = Number(connections);
  const workers = Math.max(1, Math.min(total, Number(workersArgument ?? os.availableParallelism())));
  const runs = await Promise.all(
    Array.from({ length: workers }, (_, i) => {
      // The connections split as evenly as they go: 200 over 2 is 100 each.
      const share = Math.floor(total / workers) + (i < total % workers ? 1 : 0);
      const worker = new Worker(new URL(import.meta.url), { workerData: { url, connections: share, seconds: Number(seconds), headers: headers ? JSON.parse(headers) : {} } });
      return new Promise((resolve, reject) => {
        worker.once("message", resolve);
        worker.once("error", reject);
      });
    }),
  );
  const times = new Float64Array(runs.reduce((sum, run) => sum + run.times.length, 0));
  let at = 0;
  for (const run of runs) {
    times.set(run.times, at);
    at += run.times.length;
  }
  times.sort();
  const quantile = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  const requests = runs.reduce((sum, run) => sum + run.total, 0);
  console.log(
    JSON.stringify({
      rps: runs.reduce((sum, run) => sum + run.rps, 0),
      p50: quantile(0.5),
      p95: quantile(0.95),
      p99: quantile(0.99),
      errors: runs.reduce((sum, run) => sum + run.errors, 0),
      total: requests,
      workers,
    }),
  );
} else {
  const times = [];
  const result = await new Promise((resolve, reject) => {
    const instance = autocannon({ ...workerData, duration: workerData.seconds }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  // Inside a worker thread autocannon hands back its raw counts, not the aggregated summary.
  parentPort.postMessage({
    times: Float64Array.from(times),
    rps: result.totalCompletedRequests / result.duration,
    total: result.totalCompletedRequests,
    errors: result.errors + result.timeouts + result.non2xx,
  });
}
