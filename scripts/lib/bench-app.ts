import { chromium, type Browser, type Page } from "@playwright/test";
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { closeDb } from "../../lib/db/client";
import { migrateDeploy } from "../../lib/db/migrate";
import { againstRef, buildAgainst, copyRows, migrateWith, prepareAgainstBuild, quietly } from "./against-build";
import { prepareData } from "./bootstrap/prepare-data";
import { processTreeCpuMs } from "./cpu-time";
import { beforeRetrying, measuredLoad } from "./page-load";
import { bin, root, run, startServer, stopProcess } from "./run";
import { createThrowawayDatabase, freePort } from "./throwaway-database";

export interface BenchApp {
  /** What its figures are labelled with: "this tree (1940a85)", or the other ref and its commit. */
  label: string;
  base: string;
  browser: Browser;
  /** Signed in as the demo annotator, in a browser context of this build's own (its own cookies). */
  page: Page;
  /** Runs one statement on this build's own database: each build reads its own copy of the same rows. */
  sql(text: string, values?: unknown[]): Promise<void>;
  /** The CPU time its server's processes have used so far, in ms (NaN off Linux): subtract two readings. */
  serverCpuMs(): number;
}

export interface BenchOptions {
  /** Other git refs to build, serve and measure beside this tree (`-- --against <ref>`, repeatable). */
  against?: string[];
  /** Keep the other ref's checkout and build for the next run (`-- --keep-against`). */
  keepAgainst?: boolean;
  /**
   * This tree's build served again with other settings, each on its own copy of the rows
   * (`-- --variant NAME=value,OTHER=value`, repeatable): to see what a setting costs.
   */
  variants?: Record<string, string>[];
  /** Serve this tree's last bench build instead of building it again (`-- --reuse-build`): for variants of settings only. */
  reuseBuild?: boolean;
}

/** The `--against <ref>` (each of them), `--keep-against`, `--variant` and `--reuse-build` of a benchmark's arguments. */
export function benchOptions(argv = process.argv.slice(2)): BenchOptions {
  const variants = argv.flatMap((arg, at) => (arg === "--variant" && argv[at + 1] ? [Object.fromEntries(argv[at + 1].split(",").map((pair) => pair.split("=", 2)))] : []));
  againstRef(argv); // says what is wrong with a bare --against
  const against = argv.flatMap((arg, at) => (arg === "--against" ? [argv[at + 1]] : []));
  return { against, keepAgainst: argv.includes("--keep-against"), variants, reuseBuild: argv.includes("--reuse-build") };
}

interface Build {
  label: string;
  tree: string;
  databaseUrl: string;
  env?: Record<string, string>;
}

const BENCH_ENV = { NEXT_DIST_DIR: ".next-bench", NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1" };
const SECRET = "bench-secret-bench-secret-bench-secret";

/**
 * What every browser benchmark stands on: a throwaway database with the demo data and what
 * `setup` adds, a production build served from it, and Headless Chromium signed in. With
 * `against`, each of those commits too: checked out and built beside this tree (scripts/lib/against-build.ts),
 * given its own database migrated by its own migrations with a copy of the very rows `setup`
 * made (so both builds open the same articles), served by what it had (`scripts/serve.ts`, or
 * `next start` before it), and signed in in a browser context of its own. `measure` gets one app
 * per build, this tree's first. A server that dies while measuring is started again before the
 * failed load is retried. Everything is removed afterwards, whatever `measure` does.
 */
export async function withBenchApps<T>(setup: () => Promise<T>, measure: (apps: BenchApp[], data: T) => Promise<void>, options: BenchOptions = {}): Promise<void> {
  const cleanups: (() => Promise<unknown>)[] = [];
  const servers: { build: Build; port: number; process: ChildProcess }[] = [];
  try {
    const database = await createThrowawayDatabase(process.env.DATABASE_URL);
    cleanups.push(() => database.dispose());
    await migrateDeploy(database.url, root);
    process.env.DATABASE_URL = database.url;
    await prepareData({ embedded: false, env: { SEED_DEMO: "true", SEED_DEMO_WORK: "false" } });
    const data = await setup();
    await closeDb();
    const head = (await quietly("git", ["rev-parse", "--short", "HEAD"], root)).trim();
    const builds: Build[] = [{ label: `this tree (${head})`, tree: root, databaseUrl: database.url }];

    for (const env of options.variants ?? []) {
      const copy = await createThrowawayDatabase(database.url);
      cleanups.push(() => copy.dispose());
      await migrateDeploy(copy.url, root);
      await copyRows(database.url, copy.url);
      builds.push({ label: Object.entries(env).map(([key, value]) => `${key}=${value}`).join(","), tree: root, databaseUrl: copy.url, env });
    }

    for (const ref of options.against ?? []) {
      const against = await prepareAgainstBuild(ref, { keep: options.keepAgainst });
      cleanups.push(() => against.dispose());
      const copy = await createThrowawayDatabase(database.url);
      cleanups.push(() => copy.dispose());
      console.log(`Giving ${against.commit} a database of its own migrations, with a copy of the same rows…`);
      await migrateWith(against.dir, copy.url);
      await copyRows(database.url, copy.url);
      await buildAgainst(against, { ...process.env, DATABASE_URL: copy.url });
      builds.push({ label: ref === against.commit ? ref : `${ref} (${against.commit})`, tree: against.dir, databaseUrl: copy.url });
    }

    if (options.reuseBuild && existsSync(path.join(root, BENCH_ENV.NEXT_DIST_DIR, "BUILD_ID"))) console.log(`Serving the last build in ${BENCH_ENV.NEXT_DIST_DIR} (--reuse-build)`);
    else {
      console.log("Building the production app…");
      await run(bin("next"), ["build"], { ...process.env, DATABASE_URL: database.url, ...BENCH_ENV });
    }

    const start = async (build: Build, port: number) =>
      startServer(port, { ...process.env, ...BENCH_ENV, DATABASE_URL: build.databaseUrl, NEXTAUTH_URL: `http://localhost:${port}`, NEXTAUTH_SECRET: SECRET, ...build.env }, build.tree);
    for (const build of builds) {
      const port = await freePort();
      servers.push({ build, port, process: await start(build, port) });
    }
    // A server that died (the shared machine's memory, a crash) is named and started again before a retry.
    const stopRecovering = beforeRetrying(async () => {
      for (const server of servers) {
        if (server.process.exitCode === null && server.process.signalCode === null) continue;
        console.warn(`  the server of ${server.build.label} had exited (${server.process.signalCode ?? server.process.exitCode}); starting it again`);
        server.process = await start(server.build, server.port);
      }
    });
    cleanups.push(async () => stopRecovering());

    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    try {
      const apps: BenchApp[] = [];
      for (const server of servers) {
        const { build, port } = server;
        const base = `http://localhost:${port}`;
        const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
        await measuredLoad(`signing in to ${build.label} as the demo annotator`, async () => {
          await page.goto(`${base}/login`);
          await page.getByLabel("Email").fill("annotator@example.com");
          await page.getByLabel("Password").fill("factmark-demo");
          await page.getByRole("button", { name: "Sign in" }).click();
          await page.waitForURL(`${base}/`);
        });
        apps.push({
          label: build.label,
          base,
          browser,
          page,
          sql: (text, values) => oneStatement(build.databaseUrl, text, values),
          serverCpuMs: () => (server.process.pid ? processTreeCpuMs(server.process.pid) : NaN),
        });
      }
      await measure(apps, data);
    } finally {
      await browser.close();
    }
  } finally {
    // The servers are stopped before their databases are dropped, or their job workers report the loss.
    await Promise.all(servers.map(({ process: child }) => stopProcess(child)));
    await closeDb().catch(() => {});
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.warn(`  cleaning up: ${String(error)}`));
  }
}

/** One build (this tree) and its app: what a benchmark without `--against` stands on. */
export async function withBenchApp<T>(setup: () => Promise<T>, measure: (app: BenchApp, data: T) => Promise<void>): Promise<void> {
  await withBenchApps(setup, ([app], data) => measure(app, data));
}

async function oneStatement(url: string, text: string, values?: unknown[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text, values);
  } finally {
    await client.end();
  }
}
