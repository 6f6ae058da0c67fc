/**
 * `npm run bench:workers`: what heavy text work costs everyone else's requests, in the pool
 * (lib/workers/text-work-pool.ts) and inline on the event loop (the way it was).
 *
 * An HTTP server in this process answers `/heavy` (one task of the mix below) and `/cheap` (a few
 * bytes at once). Four clients send heavy requests back to back while one client sends a cheap
 * request every 20 ms, for each mode in turn. Printed per mode: the event loop's delay (p50, p99,
 * max, from perf_hooks.monitorEventLoopDelay), the cheap requests' latency, and how many heavy
 * tasks finished. The mix: a page made to be slow to read (tests/test-site.ts, 8,000 blocks) and
 * a word diff of two 60,000-word texts that differ every fifth word (jsdiff gives up after 1 s).
 *
 *   npm run bench:workers [-- --seconds 15]
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { slowToReadPage } from "../../tests/test-site";
import { closeTextWorkPool, diffTextsOffThread, readPageOffThread, textWorkPool } from "../../lib/workers/text-work-pool";
import { runTextTask, type TextTask } from "../../lib/workers/text-work";
import { exitWhenDone, stats } from "../lib/run";

const argument = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const SECONDS = Number(argument("seconds") ?? 15);
const HEAVY_CLIENTS = 4;
const CHEAP_EVERY_MS = 20;

const words = (salt: string) => Array.from({ length: 60_000 }, (_, i) => (i % 5 === 0 ? `${salt}${i}` : `word${i % 40}`)).join(" ");
const TASKS: TextTask[] = [
  { kind: "read", html: slowToReadPage(8_000), url: "https://news.example/slow" },
  { kind: "diff", before: words("a"), after: words("b") },
];

type Mode = "inline" | "pool";

async function measure(mode: Mode) {
  let next = 0;
  let heavyDone = 0;
  let refused = 0;
  const server = createServer(async (request, response) => {
    if (request.url === "/cheap") return response.end("ok");
    const task = TASKS[next++ % TASKS.length];
    try {
      if (mode === "inline") runTextTask(task);
      else if (task.kind === "diff") await diffTextsOffThread(task.before, task.after);
      else await readPageOffThread(task.html, task.url);
      heavyDone++;
    } catch {
      refused++;
    }
    response.end("done");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  if (mode === "pool") await readPageOffThread("<p>warm</p>", "https://x.example/"); // the thread's start is not part of the figures

  const delay = monitorEventLoopDelay({ resolution: 10 });
  const cheap: number[] = [];
  const until = Date.now() + SECONDS * 1000;
  delay.enable();
  const heavyClients = Array.from({ length: HEAVY_CLIENTS }, async () => {
    while (Date.now() < until) await fetch(`${origin}/heavy`).then((r) => r.text());
  });
  const cheapClient = (async () => {
    while (Date.now() < until) {
      const started = performance.now();
      await fetch(`${origin}/cheap`).then((r) => r.text());
      cheap.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, CHEAP_EVERY_MS));
    }
  })();
  await Promise.all([...heavyClients, cheapClient]);
  delay.disable();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  const ms = (ns: number) => ns / 1e6;
  const latency = stats(cheap);
  return {
    mode,
    loopDelayMs: { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) },
    cheapMs: { p50: latency.median, p99: cheap.length ? [...cheap].sort((a, b) => a - b)[Math.floor(cheap.length * 0.99)] : NaN, max: latency.max, count: cheap.length },
    heavyDone,
    refused,
  };
}

async function main() {
  console.log(`Machine: ${os.cpus()[0]?.model ?? "unknown"}, ${os.availableParallelism()} CPUs, Node ${process.version}`);
  const settings = textWorkPool().options;
  console.log(`Pool: ${settings.threads} thread(s), queue ${settings.maxQueue}, time limit ${settings.timeLimitMs} ms. ${HEAVY_CLIENTS} heavy clients, a cheap request every ${CHEAP_EVERY_MS} ms, ${SECONDS} s per mode.\n`);
  const round = (n: number) => (Number.isFinite(n) ? Math.round(n * 10) / 10 : n);
  for (const mode of ["inline", "pool"] as Mode[]) {
    const result = await measure(mode);
    const { p50, p99, max } = result.loopDelayMs;
    const cheap = result.cheapMs;
    console.log(
      `${mode.padEnd(6)}  event-loop delay p50 ${round(p50)} ms, p99 ${round(p99)} ms, max ${round(max)} ms | ` +
        `cheap request p50 ${round(cheap.p50)} ms, p99 ${round(cheap.p99)} ms, max ${round(cheap.max)} ms (${cheap.count} sent) | ` +
        `heavy tasks done ${result.heavyDone}${result.refused ? `, refused ${result.refused}` : ""}`,
    );
  }
  await closeTextWorkPool();
}

exitWhenDone(main());
