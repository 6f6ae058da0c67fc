/**
 * `npm run bench:year`: every list page and API list after a year of a desk's work, beside the
 * same on the demo desk. Seeds the year (year-seed.ts: at scale 1, 2,000 stories, 20,000 articles,
 * 1,000,000 annotations with their sources, comments, mentions, activity, approved revisions and
 * publications) into a database of its own with set-based SQL, then ANALYZE; builds the production
 * app; serves each desk from its own server; and prints, for every page and API list, the response
 * time p50/p95 on each desk and the ratio (targets: p95 under 100 ms, at most 2× the demo desk).
 * It then EXPLAINs every statement each page sent on the year's database and fails, naming the
 * page and the statement, when one scans a large table from end to end.
 *
 *   npm run bench:year -- [--scale 0.1] [--rounds 20] [--keep]
 *                         [--year-database <url> --demo-database <url>] [--skip-build]
 *
 * `--keep` leaves both databases (their addresses are printed) for `--year-database` and
 * `--demo-database` to measure again without seeding; `--skip-build` serves the last build.
 */
import os from "node:os";
import path from "node:path";
import { rmSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { ChildProcess } from "node:child_process";
import { signIn } from "../lib/sign-in";
import { bin, root, run, startServer, stats, stopProcess } from "../lib/run";
import { createThrowawayDatabase, freePort, type ThrowawayDatabase } from "../lib/throwaway-database";
import { findTargets, prepareDesk, type Targets } from "./year-desk";
import { findSequentialScans, largeTables, pageReads, readCaptured, type ScanFinding } from "./year-explain";
import { ENDPOINTS, timeRequest, type Desk } from "./year-measure";
import pg from "pg";

const flag = (name: string) => process.argv.includes(`--${name}`);
const option = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const SCALE = Number(option("scale") ?? 1);
const ROUNDS = Number(option("rounds") ?? 20);
/** The dashboard's page measured as "deep": far from the first, where an offset would cost the most. */
const DEEP_PAGE = 50;
const TARGET_MS = 100;
const TARGET_RATIO = 2;

const load = () => os.loadavg().map((l) => l.toFixed(1)).join(" ");
const ms = (n: number) => `${n.toFixed(0).padStart(5)} ms`;

async function desks(): Promise<{ yearUrl: string; demoUrl: string; made: ThrowawayDatabase[] }> {
  const [yearUrl, demoUrl] = [option("year-database"), option("demo-database")];
  if (yearUrl && demoUrl) return { yearUrl, demoUrl, made: [] };
  if (!Number.isFinite(SCALE) || SCALE <= 0 || SCALE > 10) throw new Error(`--scale must be a number above 0 and at most 10 (1 is the full year), not ${option("scale")}.`);
  const made = [await createThrowawayDatabase(process.env.DATABASE_URL), await createThrowawayDatabase(process.env.DATABASE_URL)];
  const [year, demo] = made;
  try {
    console.log("The demo desk…");
    await prepareDesk(demo.url, null);
    const started = performance.now();
    console.log(`A year of work at scale ${SCALE}…`);
    const counts = await prepareDesk(year.url, SCALE);
    console.log(`Seeded in ${((performance.now() - started) / 60_000).toFixed(1)} min: ${Object.entries(counts!).map(([k, v]) => `${v.toLocaleString("en")} ${k}`).join(", ")}`);
  } catch (error) {
    for (const database of made) await database.dispose().catch(() => {});
    throw error;
  }
  return { yearUrl: year.url, demoUrl: demo.url, made };
}

/** The cursor of the dashboard's DEEP_PAGE-th page, followed from its first (null when it has fewer pages). */
async function deepCursor(base: string, cookie: string): Promise<string | null> {
  let cursor: string | null = null;
  for (let page = 1; page < DEEP_PAGE; page += 1) {
    const response = await fetch(`${base}/api/stories${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`, { headers: { cookie } });
    const { next } = (await response.json()) as { next: string | null };
    if (!next) return page === 1 ? null : cursor;
    cursor = next;
  }
  return cursor;
}

async function serve(name: string, url: string, captureFile: string): Promise<{ desk: Omit<Desk, "targets">; server: ChildProcess }> {
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const server = await startServer(port, {
    ...process.env,
    DATABASE_URL: url,
    NEXT_DIST_DIR: ".next-bench",
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_URL: base,
    NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret",
    // Both servers write down their SQL (the same small cost on each); the year's is EXPLAINed.
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${pathToFileURL(path.join(root, "scripts", "lib", "capture-sql.mjs")).href}`.trim(),
    SQL_CAPTURE_FILE: captureFile,
  });
  return { desk: { name, base, cookies: { editor: await signIn(base, "editor@example.com"), admin: await signIn(base, "admin@example.com") } }, server };
}

/** Each endpoint's statements on the year desk, EXPLAINed there. */
async function explainPages(desk: Desk, url: string, captureFile: string): Promise<Map<string, { statements: number; findings: ScanFinding[] }>> {
  const found = new Map<string, { statements: number; findings: ScanFinding[] }>();
  let at = readCaptured(captureFile, 0).end;
  for (const endpoint of ENDPOINTS) {
    await timeRequest(desk, endpoint);
    const { statements, end } = readCaptured(captureFile, at);
    at = end;
    const reads = pageReads(statements);
    found.set(endpoint.label, { statements: reads.length, findings: await findSequentialScans(url, reads) });
  }
  return found;
}

async function main() {
  const { yearUrl, demoUrl, made } = await desks();
  const captures = [path.join(os.tmpdir(), `bench-year-${process.pid}-year.sql.jsonl`), path.join(os.tmpdir(), `bench-year-${process.pid}-demo.sql.jsonl`)];
  const servers: ChildProcess[] = [];
  let failed = false;
  try {
    if (!flag("skip-build")) {
      console.log("Building the production app…");
      await run(bin("next"), ["build"], { ...process.env, NEXT_DIST_DIR: ".next-bench", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
    }
    const year = await serve("year", yearUrl, captures[0]);
    const demo = await serve("demo", demoUrl, captures[1]);
    servers.push(year.server, demo.server);
    const target = async (d: Omit<Desk, "targets">, url: string, isYear: boolean): Promise<Desk> => {
      const found = await findTargets(url, isYear);
      const targets: Targets = { ...found, deepCursor: await deepCursor(d.base, d.cookies.editor) };
      return { ...d, targets };
    };
    const [yearDesk, demoDesk] = [await target(year.desk, yearUrl, true), await target(demo.desk, demoUrl, false)];

    console.log("Warming up, then EXPLAINing what each page asks of the year's database…");
    for (let i = 0; i < 2; i += 1) for (const endpoint of ENDPOINTS) for (const desk of [yearDesk, demoDesk]) await timeRequest(desk, endpoint);
    const explained = await explainPages(yearDesk, yearUrl, captures[0]);

    console.log(`Measuring: ${ROUNDS} rounds, each endpoint on each desk in turn, one request at a time…`);
    const loadBefore = load();
    const times = new Map<string, { year: number[]; demo: number[] }>(ENDPOINTS.map((e) => [e.label, { year: [], demo: [] }]));
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const endpoint of ENDPOINTS) {
        // Which desk goes first alternates, so neither always meets a cache the other warmed.
        const order = round % 2 === 0 ? [yearDesk, demoDesk] : [demoDesk, yearDesk];
        for (const desk of order) times.get(endpoint.label)![desk === yearDesk ? "year" : "demo"].push(await timeRequest(desk, endpoint));
      }
    }
    const client = new pg.Client({ connectionString: yearUrl });
    await client.connect();
    const large = await largeTables(client).finally(() => client.end());
    failed = report(times, explained, large, loadBefore);
  } finally {
    await Promise.all(servers.map(stopProcess));
    for (const file of captures) rmSync(file, { force: true });
    if (flag("keep")) console.log(`Kept the databases:\n  --year-database ${yearUrl} --demo-database ${demoUrl}`);
    else for (const database of made) await database.dispose();
  }
  process.exit(failed ? 1 : 0);
}

function report(times: Map<string, { year: number[]; demo: number[] }>, explained: Map<string, { statements: number; findings: ScanFinding[] }>, large: Map<string, number>, loadBefore: string): boolean {
  console.log(`\nbench:year — scale ${SCALE}; ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}; load average ${loadBefore} before measuring, ${load()} after`);
  console.log(`Response time to the last byte, ${ROUNDS} requests each; targets: p95 under ${TARGET_MS} ms, year ÷ demo (p95) under ${TARGET_RATIO}×.`);
  console.log(`${"".padEnd(42)} ${"year desk".padEnd(24)} ${"demo desk".padEnd(19)} year ÷ demo   reads`);
  const [unmetTime, unmetRatio] = [[] as string[], [] as string[]];
  for (const endpoint of ENDPOINTS) {
    const { year, demo } = times.get(endpoint.label)!;
    const [y, d] = [stats(year), stats(demo)];
    const ratio = y.p95 / d.p95;
    if (y.p95 >= TARGET_MS) unmetTime.push(endpoint.label);
    if (ratio >= TARGET_RATIO) unmetRatio.push(endpoint.label);
    console.log(
      `${endpoint.label.padEnd(42)} p50 ${ms(y.median)}  p95 ${ms(y.p95)}   p50 ${ms(d.median)}  p95 ${ms(d.p95)}   ${ratio.toFixed(2).padStart(5)}×   ${String(explained.get(endpoint.label)?.statements ?? 0).padStart(4)}`,
    );
  }
  console.log(`\np95 under ${TARGET_MS} ms: ${unmetTime.length ? `NOT met by ${unmetTime.join("; ")}` : "met by every page and list"}`);
  console.log(`Year ÷ demo under ${TARGET_RATIO}×: ${unmetRatio.length ? `NOT met by ${unmetRatio.join("; ")}` : "met by every page and list"}`);
  console.log(`\nLarge tables (${[...large].map(([name, rows]) => `${name} ${rows.toLocaleString("en")}`).join(", ")}):`);
  const scans = [...explained].flatMap(([label, { findings }]) => findings.map((f) => ({ label, ...f })));
  if (!scans.length) {
    console.log("EXPLAIN shows no sequential scan of a large table behind any page or list.");
    return false;
  }
  console.error(`\nFAILED: ${scans.length} statement(s) scan a large table from end to end:`);
  for (const { label, tables, statement } of scans) console.error(`\n  ${label}: Seq Scan on ${tables.join(", ")}\n    ${statement.replace(/\s+/g, " ").slice(0, 600)}`);
  return true;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
