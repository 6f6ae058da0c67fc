import { chromium, type Browser, type Page } from "@playwright/test";
import { closeDb } from "../../lib/db/client";
import { migrateDeploy } from "../../lib/db/migrate";
import { prepareData } from "./bootstrap/prepare-data";
import { measuredLoad } from "./page-load";
import { bin, root, run, startServer } from "./run";
import { createThrowawayDatabase, freePort } from "./throwaway-database";

export interface BenchApp {
  base: string;
  browser: Browser;
  /** Signed in as the demo annotator. */
  page: Page;
}

/**
 * What every browser benchmark stands on: a throwaway database with the demo data and what
 * `setup` adds, a production build served from it by our own server, and Headless Chromium signed
 * in. Everything is removed afterwards, whatever `measure` does.
 */
export async function withBenchApp<T>(setup: () => Promise<T>, measure: (app: BenchApp, data: T) => Promise<void>): Promise<void> {
  const database = await createThrowawayDatabase(process.env.DATABASE_URL);
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    await migrateDeploy(database.url, root);
    process.env.DATABASE_URL = database.url;
    await prepareData({ embedded: false, env: { SEED_DEMO: "true", SEED_DEMO_WORK: "false" } });
    const data = await setup();
    await closeDb();
    const env = { ...process.env, DATABASE_URL: database.url, NEXT_DIST_DIR: ".next-bench", NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1" };
    console.log("Building the production app…");
    await run(bin("next"), ["build"], env);
    const port = await freePort();
    server = await startServer(port, { ...env, NEXTAUTH_URL: `http://localhost:${port}`, NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret" });
    const base = `http://localhost:${port}`;
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await measuredLoad("signing in as the demo annotator", async () => {
        await page.goto(`${base}/login`);
        await page.getByLabel("Email").fill("annotator@example.com");
        await page.getByLabel("Password").fill("factmark-demo");
        await page.getByRole("button", { name: "Sign in" }).click();
        await page.waitForURL(`${base}/`);
      });
      await measure({ base, browser, page }, data);
    } finally {
      await browser.close();
    }
  } finally {
    server?.kill();
    await closeDb().catch(() => {});
    await database.dispose();
  }
}
