/**
 * One autocannon run in a process of its own (plain Node, nothing else loaded), so the load and
 * the timing of it do not share an event loop with the benchmark that starts it. Prints one JSON
 * line: requests per second, exact p50/p95/p99 from every response's time, errors, total.
 *
 *   node scripts/lib/load-run.mjs <url> <connections> <seconds> [headers as JSON]
 */
import autocannon from "autocannon";

const [url, connections, seconds, headers] = process.argv.slice(2);
const times = [];
const result = await new Promise((resolve, reject) => {
  const instance = autocannon({ url, connections: Number(connections), duration: Number(seconds), headers: headers ? JSON.parse(headers) : {} }, (error, done) =>
    error ? reject(error) : resolve(done),
  );
  instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
});
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
console.log(
  JSON.stringify({
    rps: result.requests.average,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    errors: result.errors + result.timeouts + result.non2xx,
    total: result.requests.total,
  }),
);
