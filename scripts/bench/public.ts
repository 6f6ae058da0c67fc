/**
 * `npm run bench:public`: 200 concurrent readers on a published story page, against a production
 * build served by our own server, then the first page of the feed (/p/feed.json) with 1,000
 * reports published, then the same load on the signed-in story report page. Prints
 * requests per second, p50/p95/p99 latency and errors for each (target for the public page: p99
 * under 50 ms, no errors, for the page and the feed). The feed as it was answered before it was
 * kept ready is timed in this process beside it, one request after another. The readers ask as browsers do (Accept-Encoding: gzip, which every
 * browser sends); the same page asked for uncompressed, as only scripts do, is printed too. The
 * load runs in a process of its own, on one thread per core (scripts/lib/load-run.mjs).
 */
import os from "node:os";
import { spawn } from "node:child_process";
import path from "node:path";
import { runBookkeeping } from "../../lib/changes/bookkeeping";
import { db } from "../../lib/db/client";
import { rebuildFeedEntries } from "../../lib/publishing/feed-entries";
import { feedBefore } from "./feed-before";
import { withBenchApp } from "../lib/bench-app";
import { publishDemoStory } from "../lib/demo-publication";
import { root } from "../lib/run";

const CONNECTIONS = 200;
/** Reports published besides the demo story, for the feed. */
const PUBLICATIONS = 1_000;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
/** What a reader's browser says it accepts (Chromium's value). */
const AS_A_BROWSER = { "accept-encoding": "gzip, deflate, br, zstd" };

/** The demo story with a claim approved in every article, published, and a thousand copies of it. */
async function publishWithCopies(): Promise<{ slug: string; storyId: string }> {
  const published = await publishDemoStory();
  await publishCopies(published.slug);
  return published;
}

/**
 * A thousand more reports published, each a copy of the demo story's publication under its own
 * address, a minute apart (one statement), then the feed made from them as after the migration.
 */
async function publishCopies(slug: string) {
  await db.$executeRaw`
    INSERT INTO "Publication" (id, slug, "subjectType", "subjectId", number, note, snapshot, changes, "sourceKeys", html, etag, csp, "publishedById", "publishedAt")
    SELECT 'bench-' || i, p.slug || '-copy-' || i, 'story', 'bench-' || i, 1, '', p.snapshot, '[]', '[]', p.html, p.etag, p.csp, p."publishedById", p."publishedAt" - i * interval '1 minute'
    FROM "Publication" p, generate_series(1, ${PUBLICATIONS}) i
    WHERE p.slug = ${slug}`;
  await runBookkeeping((tx) => rebuildFeedEntries(tx), { timeout: 120_000 });
}

/** The feed's first page as it used to be made, on every request: one after another, in this process. */
async function timeFeedBefore(times: number) {
  const took: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const start = performance.now();
    await feedBefore(1);
    took.push(performance.now() - start);
  }
  took.sort((a, b) => a - b);
  console.log(`${"  the feed as it was made".padEnd(38)} one request at a time, ${times} times: median ${took[Math.floor(times / 2)].toFixed(0)} ms, slowest ${took[times - 1].toFixed(0)} ms (at most ${(1000 / took[Math.floor(times / 2)]).toFixed(1)} req/s on one core, whatever the connections)`);
}

async function load(title: string, url: string, headers: Record<string, string> = {}) {
  // Warm the server's path first, as a reader's first request would.
  await fetch(url, { headers });
  const child = spawn(process.execPath, [path.join(root, "scripts/lib/load-run.mjs"), url, String(CONNECTIONS), String(SECONDS), JSON.stringify(headers)], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  await new Promise((resolve) => child.on("exit", resolve));
  const { rps, p50, p95, p99, errors, total } = JSON.parse(output) as { rps: number; p50: number; p95: number; p99: number; errors: number; total: number };
  console.log(`${title.padEnd(38)} ${Math.round(rps).toString().padStart(6)} req/s   p50 ${p50.toFixed(1)} ms   p95 ${p95.toFixed(1)} ms   p99 ${p99.toFixed(1)} ms   errors ${errors} (of ${total})`);
  return { p99, errors };
}

async function main() {
  await withBenchApp(publishWithCopies, async ({ base, page }, { slug, storyId }) => {
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    console.log(`\nbench:public — ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}; ${CONNECTIONS} connections for ${SECONDS} s each, from ${os.availableParallelism()} load threads`);
    const published = await load("published story page /p/…", `${base}/p/${slug}`, AS_A_BROWSER);
    await load("  the same, uncompressed", `${base}/p/${slug}`);
    const feed = await load(`the feed /p/feed.json (${PUBLICATIONS + 1} reports)`, `${base}/p/feed.json`, AS_A_BROWSER);
    await load("  the same, uncompressed", `${base}/p/feed.json`);
    await timeFeedBefore(10);
    await load("signed-in story report page", `${base}/stories/${storyId}/report`, { ...AS_A_BROWSER, cookie });
    const { p99, errors } = published;
    console.log(`\nPublic page: p99 ${p99.toFixed(1)} ms (target under 50 ms: ${p99 < 50 ? "met" : "NOT met"}), errors ${errors} (target 0: ${errors === 0 ? "met" : "NOT met"})`);
    console.log(`Feed: p99 ${feed.p99.toFixed(1)} ms (target under 50 ms: ${feed.p99 < 50 ? "met" : "NOT met"}), errors ${feed.errors} (target 0: ${feed.errors === 0 ? "met" : "NOT met"})`);
  });
}

await main();
