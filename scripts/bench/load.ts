/**
 * `npm run bench:load`: a newsroom's busiest hour against a production build. Two app instances
 * on one PostgreSQL; 200 signed-in people: 150 with an article open (a live feed each, fetching
 * what others change, as the page does, and reading now and then), 50 writing (create, edit,
 * comment, add a web source, submit; ten editors also approve) across 20 articles, for 60 s.
 *
 * Prints requests per second, p50/p95/p99 per route group, errors, and the live-event latency
 * (from sending a write to each open page receiving it); then checks the database against every
 * acknowledged write and every feed. Last, the same annotation create through a bare `pg`
 * transaction, through Prisma, and through the app's HTTP route.
 *
 * LOAD_SECONDS, LOAD_WRITE_THINK_MS and LOAD_READ_THINK_MS (the mean pause between one person's
 * acts, 10 s each) change the run; SKIP_BUILD=true reuses
 * the last build in .next-bench.
 */
import os from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import type { ChildProcess } from "node:child_process";
import { closeDb, db } from "../../lib/db/client";
import { migrateDeploy } from "../../lib/db/migrate";
import { startTestSite } from "../../tests/test-site";
import { prepareData } from "../lib/bootstrap/prepare-data";
import { createThrowawayDatabase, freePort } from "../lib/throwaway-database";
import { bin, exitWhenDone, root, run, startServer } from "../lib/run";
import { signIn } from "../lib/sign-in";
import { prepareDesk } from "./load/desk-data";
import { newLedger, readAsPerson, writeAsPerson, type DeskRun, type Person } from "./load/desk-people";
import { checkIntegrity } from "./load/integrity";
import { compareLayers } from "./load/layers";
import { openLivePage, type LivePage } from "./load/live-pages";
import { percentile, Recorder, type RouteGroup } from "./load/recorder";

const ARTICLES = 20;
const READERS = 150;
const WRITERS = 50;
const EDITORS = 10;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
// A checker at full speed tags, edits, comments or adds a source every ten seconds or so (six
// changes a minute, all hour); a reader with a page open turns to something else as often, and
// their page fetches whatever others change. docs/benchmarks.md gives a heavier run too.
const WRITE_THINK_MS = Number(process.env.LOAD_WRITE_THINK_MS ?? 10_000);
const READ_THINK_MS = Number(process.env.LOAD_READ_THINK_MS ?? 10_000);
const REPORT_SHARE = 0.05;
const LAYER_ROUNDS = 100;

const TARGETS: Record<RouteGroup, number | null> = { reads: 50, writes: 100, reports: null };

async function stopServer(server: ChildProcess | undefined) {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill();
  await exited;
}

/** Signs everyone in, a few at a time (sign-in is deliberately slow), each on their instance. */
async function signInAll(people: { email: string; origin: string }[]): Promise<string[]> {
  const cookies: string[] = new Array(people.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < people.length) {
        const i = next++;
        cookies[i] = await signIn(people[i].origin, people[i].email);
      }
    }),
  );
  return cookies;
}

/** Waits until no source is still being archived, so the feeds hold everything the run caused. */
async function archivesSettled(deadline: number) {
  while (Date.now() < deadline && (await db.source.count({ where: { archiveState: "PENDING" } })) > 0) await new Promise((r) => setTimeout(r, 200));
}

/** Waits until every page has every event of its article, or the deadline passes. */
async function pagesCaughtUp(pages: LivePage[], finalSeq: Map<string, number>, deadline: number) {
  const complete = (page: LivePage) => {
    for (let seq = page.after + 1; seq <= finalSeq.get(page.articleId)!; seq++) if (!page.seqs.has(seq)) return false;
    return true;
  };
  while (Date.now() < deadline && !pages.every(complete)) await new Promise((r) => setTimeout(r, 100));
}

async function main() {
  const database = await createThrowawayDatabase(process.env.DATABASE_URL);
  const site = await startTestSite();
  const servers: ChildProcess[] = [];
  const pagesClosed = new AbortController();
  try {
    await migrateDeploy(database.url, root);
    process.env.DATABASE_URL = database.url;
    await prepareData({ embedded: false, env: { SEED_DEMO: "true" } });
    const desk = await prepareDesk(ARTICLES, READERS, WRITERS, EDITORS);

    const env = { ...process.env, DATABASE_URL: database.url, NEXT_DIST_DIR: ".next-bench", NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1", FETCH_ALLOW_HOSTS: "127.0.0.1", FETCH_ONLY_ALLOWED: "true" };
    if (process.env.SKIP_BUILD !== "true") await run(bin("next"), ["build"], env);
    const origins: string[] = [];
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      origins.push(`http://localhost:${port}`);
      servers.push(await startServer(port, { ...env, NEXTAUTH_URL: `http://localhost:${port}`, NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret" }));
    }

    const ids = new Map((await db.user.findMany({ select: { email: true, id: true } })).map((u) => [u.email, u.id]));
    // Readers on one instance read what writers on the other wrote: every event crosses PostgreSQL's NOTIFY.
    const readerPeople = desk.readers.map((email, i) => ({ email, origin: origins[i % 2], articleId: desk.articles[i % ARTICLES].id }));
    const writerPeople = desk.writers.map((w, i) => ({ email: w.email, origin: origins[(i + 1) % 2], articleId: desk.articles[i % ARTICLES].id }));
    console.log(`Signing in ${readerPeople.length + writerPeople.length + 1} people…`);
    const cookies = await signInAll([...readerPeople, ...writerPeople, { email: desk.measurer, origin: origins[0] }]);
    const person = (p: { email: string; origin: string; articleId: string }, i: number): Person => ({ ...p, cookie: cookies[i], id: ids.get(p.email)! });
    const readers = readerPeople.map((p, i) => person(p, i));
    const writers = writerPeople.map((p, i) => person(p, readerPeople.length + i));

    const recorder = new Recorder();
    const pages = readers.map((r) => openLivePage(r.origin, r.articleId, 0, r.cookie, r.id, recorder, pagesClosed.signal));
    await Promise.all(pages.map((p) => p.ready));
    const failedToOpen = pages.filter((p) => p.failure);
    if (failedToOpen.length) throw new Error(`${failedToOpen.length} pages could not open their feed: ${failedToOpen[0].failure}`);

    console.log(`${pages.length} pages open on ${ARTICLES} articles. ${writers.length} writing (one act every ~${WRITE_THINK_MS / 1000} s each), ${readers.length} reading (every ~${READ_THINK_MS / 1000} s) for ${SECONDS} s…`);
    const stop = new AbortController();
    const deskRun: DeskRun = { recorder, ledger: newLedger(), signal: stop.signal, texts: new Map(desk.articles.map((a) => [a.id, a.text])), reviewPool: [], sourceUrl: `${site.origin}/news/phone-data` };
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const started = performance.now();
    const people = [
      ...writers.map((w, i) => writeAsPerson(w, desk.writers[i].editor, WRITE_THINK_MS, deskRun)),
      ...readers.map((r) => readAsPerson(r, READ_THINK_MS, REPORT_SHARE, deskRun)),
    ];
    setTimeout(() => stop.abort(), SECONDS * 1000);
    await Promise.all(people);
    const elapsed = (performance.now() - started) / 1000;
    loop.disable();

    await archivesSettled(Date.now() + 30_000);
    const finalSeq = new Map((await db.article.findMany({ where: { storyId: desk.storyId }, select: { id: true, eventSeq: true } })).map((a) => [a.id, a.eventSeq]));
    await pagesCaughtUp(pages, finalSeq, Date.now() + 15_000);

    // Live latency: each acknowledged write, to each page open on its article.
    const latencies: number[] = [];
    let missed = 0;
    let duplicated = 0;
    for (const page of pages) {
      for (let seq = page.after + 1; seq <= finalSeq.get(page.articleId)!; seq++) {
        const copies = page.seqs.get(seq) ?? 0;
        if (copies === 0) missed += 1;
        if (copies > 1) duplicated += copies - 1;
      }
    }
    for (const write of deskRun.ledger.acknowledged) {
      for (const page of pages) {
        if (page.articleId !== write.articleId) continue;
        const at = page.arrivals.get(write.key);
        if (at !== undefined) latencies.push(at - write.sentAt);
      }
    }
    latencies.sort((a, b) => a - b);
    const groups = (["reads", "writes", "reports"] as RouteGroup[]).map((group) => ({ group, ...recorder.figures(group) }));
    const problems = [...recorder.problems].sort((a, b) => b[1] - a[1]);
    const routeFigures = recorder.routes();
    const resets = pages.reduce((sum, p) => sum + p.resets, 0);
    const pageFailures = pages.filter((p) => p.failure).length;
    pagesClosed.abort();

    const integrity = await checkIntegrity(deskRun.ledger, writers.map((w) => w.id), desk.articles.map((a) => a.id));
    console.log(`Comparing layers (${LAYER_ROUNDS} creates each way)…`);
    const layers = await compareLayers(database.url, origins[0], cookies[cookies.length - 1], desk.measurer, desk.articles[0], LAYER_ROUNDS);

    const cpus = os.cpus();
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    console.log(`\nbench:load — ${cpus.length} × ${cpus[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; 2 instances, ${readers.length + writers.length} people, ${SECONDS} s`);
    console.log(`Requests: ${recorder.total} in ${elapsed.toFixed(1)} s = ${(recorder.total / elapsed).toFixed(0)} req/s; errors ${recorder.errors} (target 0)`);
    for (const g of groups) {
      const target = TARGETS[g.group];
      const verdict = target === null ? "" : `   (target p95 < ${target} ms: ${g.p95 < target ? "met" : "NOT met"})`;
      console.log(`  ${g.group.padEnd(8)} ${String(g.requests).padStart(6)} req  ${(g.requests / elapsed).toFixed(1).padStart(6)}/s   p50 ${ms(g.p50)}  p95 ${ms(g.p95)}  p99 ${ms(g.p99)}  errors ${g.errors}${verdict}`);
    }
    for (const [problem, count] of problems.slice(0, 8)) console.log(`    ${count} × ${problem}`);
    console.log("  by route (slowest p95 first):");
    for (const r of routeFigures) console.log(`    ${r.route.padEnd(52)} ${String(r.requests).padStart(5)}   p50 ${ms(r.p50)}   p95 ${ms(r.p95)}`);
    console.log(`Live events: ${latencies.length} deliveries of ${deskRun.ledger.acknowledged.length} writes; p50 ${ms(percentile(latencies, 0.5))}, p95 ${ms(percentile(latencies, 0.95))}, max ${ms(latencies.at(-1) ?? 0)}   (target p95 < 250 ms: ${percentile(latencies, 0.95) < 250 ? "met" : "NOT met"})`);
    console.log(`  missed ${missed}, duplicated ${duplicated}, resets ${resets}, feeds that failed ${pageFailures}   (target 0, 0)`);
    console.log(`Database: lost ${integrity.lost}, unexpected ${integrity.unexpected}, wrong state ${integrity.wrongState}, feed gaps ${integrity.feedGaps}, audit mismatches ${integrity.auditMismatches}   (target all 0)`);
    for (const detail of integrity.details) console.log(`    ${detail}`);
    console.log(`The load generator's own event-loop delay: p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms (what it adds to every figure above, at worst)`);
    const ratio = layers.app.p50 / layers.bare.p50;
    const pair = (figures: { p50: number; p95: number }) => `${ms(figures.p50)} / ${ms(figures.p95)}`;
    console.log(`Annotation create, p50 / p95: bare pg ${pair(layers.bare)}; the app's createAnnotation ${pair(layers.app)}; the app over HTTP ${pair(layers.http)}`);
    console.log(`  the app's create is ${ratio.toFixed(1)}× the bare insert with its audit and feed rows (target within 3×: ${ratio <= 3 ? "met" : "NOT met"})`);
    console.log(`  over HTTP ${(layers.http.p50 / layers.bare.p50).toFixed(1)}×; of that, the same route refusing a request without a session (Next.js and the socket alone) takes ${pair(layers.floor)}`);
  } finally {
    pagesClosed.abort();
    for (const server of servers) await stopServer(server);
    await site.close();
    await closeDb().catch(() => {});
    await database.dispose();
  }
}

exitWhenDone(main());
