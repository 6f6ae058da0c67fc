import { chromium, type Browser, type Page } from "@playwright/test";
import { closeDb } from "../../lib/db/client";
import { migrateDeploy } from "../../lib/db/migrate";
import { copyRows, migrateWith, prepareAgainstBuild, quietly, type AgainstBuild } from "./against-build";
import { prepareData } from "./bootstrap/prepare-data";
import { measuredLoad } from "./page-load";
import { bin, root, run, startServer } from "./run";
import { createThrowawayDatabase, freePort, type ThrowawayDatabase } from "./throwaway-database";

export interface BenchApp {
  base: string;
  browser: Browser;
  /** Signed in as the demo annotator. */
  page: Page;
  /** Which build this is, as the figures are labelled: "this tree (abc1234)" or "<ref> (def5678)". */
  label: string;
}

const SERVER_ENV = { NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: ".next-bench" };

async function signedIn(browser: Browser, base: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await measuredLoad(`signing in as the demo annotator at ${base}`, async () => {
    await page.goto(`${base}/login`);
    await page.getByLabel("Email").fill("annotator@example.com");
    await page.getByLabel("Password").fill("factmark-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${base}/`);
  });
  return page;
}

async function serve(dir: string, databaseUrl: string) {
  const port = await freePort();
  const env = { ...process.env, ...SERVER_ENV, DATABASE_URL: databaseUrl, NEXTAUTH_URL: `http://localhost:${port}`, NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret" };
  return { server: await startServer(port, env, dir), base: `http://localhost:${port}` };
}

/**
 * What every browser benchmark stands on: a throwaway database with the demo data and what
 * `setup` adds, a production build served from it by our own server, and Headless Chromium signed
 * in. Everything is removed afterwards, whatever `measure` does.
 *
 * With `against` (a git ref), that commit is built in a worktree beside this one and served too,
 * from the same data (its own copy if its schema differs), so a benchmark can measure both builds
 * in turn, on the same machine in the same minute: `setup` runs once more for it, and `measure`
 * gets it (and what its setup made) as its third argument.
 */
export async function withBenchApp<T>(
  setup: () => Promise<T>,
  measure: (app: BenchApp, data: T, other?: { app: BenchApp; data: T }) => Promise<void>,
  options: { against?: string } = {},
): Promise<void> {
  const database = await createThrowawayDatabase(process.env.DATABASE_URL);
  const servers: Awaited<ReturnType<typeof serve>>["server"][] = [];
  let against: AgainstBuild | undefined;
  let theirDatabase: ThrowawayDatabase | undefined;
  try {
    if (options.against) against = await prepareAgainstBuild(options.against, { build: true });
    await migrateDeploy(database.url, root);
    process.env.DATABASE_URL = database.url;
    await prepareData({ embedded: false, env: { SEED_DEMO: "true" } });
    const data = await setup();
    const theirData = against ? await setup() : undefined;
    await closeDb();
    let theirUrl = database.url;
    if (against?.schemaDiffers) {
      console.log(`${against.commit} has another schema: copying the seeded rows into a database migrated by its own migrations…`);
      theirDatabase = await createThrowawayDatabase(database.url);
      await migrateWith(against.dir, theirDatabase.url);
      await copyRows(database.url, theirDatabase.url);
      theirUrl = theirDatabase.url;
    }
    console.log("Building the production app…");
    await run(bin("next"), ["build"], { ...process.env, ...SERVER_ENV, DATABASE_URL: database.url });
    const ours = await serve(root, database.url);
    servers.push(ours.server);
    const theirs = against ? await serve(against.dir, theirUrl) : undefined;
    if (theirs) servers.push(theirs.server);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    try {
      const label = `this tree (${(await quietly("git", ["rev-parse", "--short", "HEAD"], root)).trim()})`;
      const app: BenchApp = { base: ours.base, browser, page: await signedIn(browser, ours.base), label };
      const other =
        against && theirs && theirData !== undefined
          ? { app: { base: theirs.base, browser, page: await signedIn(browser, theirs.base), label: `${against.ref} (${against.commit})` }, data: theirData }
          : undefined;
      await measure(app, data, other);
    } finally {
      await browser.close();
    }
  } finally {
    servers.forEach((server) => server.kill());
    await closeDb().catch(() => {});
    await theirDatabase?.dispose().catch(() => {});
    await database.dispose();
    await against?.dispose();
  }
}
