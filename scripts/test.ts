/**
 * `npm test`: type check, lint, unit and integration tests against a real PostgreSQL, and
 * Playwright end-to-end tests against a production build in Chromium.
 *
 * The database is a throwaway one: a new database on the server named by DATABASE_URL when it
 * is set, otherwise an embedded PostgreSQL in a temporary directory. It is removed at the end.
 *
 * The checks that do not need each other run side by side (the type check, lint, Vitest and the
 * production build), so the two cores stay busy while one of them waits on PostgreSQL or on disk;
 * the end-to-end tests start as soon as the build is done, on their own copy of the database.
 * Each test's duration is kept in test-reports/ (vitest.json, e2e.json); the slowest are printed
 * at the end.
 *
 *   npm test                      everything
 *   npm test -- e2e/x.spec.ts     the build (reused when no source changed) and those specs alone
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { prepareData } from "./lib/bootstrap/prepare-data";
import { closeDb } from "../lib/db/client";
import { ensureAppRole } from "../lib/db/app-role";
import { migrateDeploy } from "../lib/db/migrate";
import { copyDatabase, createThrowawayDatabase, freePort, type ThrowawayDatabase } from "./lib/throwaway-database";
import { ensureChromium } from "./lib/chromium";
import { checkSchemaDrift } from "./lib/schema-drift";
import { bin, root, run, runTogether } from "./lib/run";
import { buildKey, builtFrom, forgetBuild, recordBuild } from "./lib/build-key";
import { printSlowest } from "./lib/slowest-tests";

const typescript7 = path.join(root, "node_modules", "typescript7", "bin", "tsc");

const started = Date.now();
const seconds = (since: number) => `${Math.round((Date.now() - since) / 1000)} s`;

function step(title: string) {
  console.log(`\n── ${title} ${"─".repeat(Math.max(0, 60 - title.length))} (at ${seconds(started)})`);
}

/** Seeds the end-to-end tests' database with the demo desk and runs Playwright against two servers of the build. */
async function runEndToEnd({ url, env, distDir, e2eFiles }: { url: string; env: NodeJS.ProcessEnv; distDir: string; e2eFiles: string[] }) {
  step("End-to-end tests (Playwright, Chromium)");
  // Vitest's tests expect no demo desk: this is the end-to-end tests' own copy.
  process.env.DATABASE_URL = url;
  await prepareData({ embedded: false, env: { ...env, DATABASE_URL: url, SEED_DEMO: "true", SEED_DEMO_WORK: "false" } });
  await closeDb();
  // A spec that needs a desk of its own (e2e/own-desk.ts) copies this one, as seeded and before
  // anyone has used it: a copy is made from the files in a moment, where migrating and seeding a
  // new database took seconds of both cores.
  const deskTemplate = await copyDatabase(url, "desk");
  const e2eStarted = Date.now();
  try {
    const port = await freePort();
    let secondPort = await freePort();
    while (secondPort === port) secondPort = await freePort();
    const secret = randomBytes(32).toString("base64url");
    // The servers connect as the app's own role, as `npm start` does (lib/db/app-role.ts).
    const app = await ensureAppRole(url, randomBytes(32).toString("base64url"));
    await run(bin("playwright"), ["test", ...e2eFiles], {
      ...env,
      DATABASE_URL: app.url,
      // For a spec that needs a desk of its own (e2e/own-desk.ts): the owner may copy the seeded desk.
      E2E_DESK_TEMPLATE_URL: deskTemplate.url,
      NEXT_DIST_DIR: distDir,
      E2E_PORT: String(port),
      E2E_PORT_2: String(secondPort),
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXTAUTH_SECRET: secret,
      NODE_ENV: "production",
      // Each server loads a page's code when it is first asked for (next.config.js).
      FACTMARK_PRELOAD_PAGES: "off",
    });
  } finally {
    console.log(`End-to-end tests took ${seconds(e2eStarted)}.`);
    await deskTemplate.dispose().catch((error) => console.error(`Could not remove the desks' template: ${error}`));
  }
}

async function main() {
  // `npm test -- e2e/some.spec.ts` runs only those end-to-end files (for working on them); CI runs everything.
  const e2eFiles = process.argv.slice(2).filter((arg) => arg.startsWith("e2e/"));
  const everything = e2eFiles.length === 0;

  step("Browser for end-to-end tests");
  await ensureChromium();
  console.log("Chromium is ready.");

  step(process.env.DATABASE_URL ? "Throwaway database on DATABASE_URL's server" : "Throwaway embedded PostgreSQL");
  let database: ThrowawayDatabase | undefined;
  let e2eDatabase: ThrowawayDatabase | undefined;
  const cleanup = async () => {
    await closeDb().catch(() => {});
    for (const made of [e2eDatabase, database]) await made?.dispose().catch((error) => console.error(`Could not remove a test database: ${error}`));
    database = e2eDatabase = undefined;
  };
  process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));
  try {
    database = await createThrowawayDatabase(process.env.DATABASE_URL, { durable: false });
    const databaseUrl = database.url;
    // The type check, lint and build need no database: they start now, and Vitest once this is done.
    // The drift check and the end-to-end tests' copy come before Vitest, which copies the migrated
    // database for its workers and needs it idle.
    const migrated = (async () => {
      await migrateDeploy(databaseUrl, root);
      await checkSchemaDrift(databaseUrl);
      console.log("Migrations applied; they build exactly what prisma/schema.prisma describes.");
      e2eDatabase = await copyDatabase(databaseUrl, "e2e");
      return e2eDatabase.url;
    })();
    // Its failure is reported by the steps that wait for it, or below.
    migrated.catch(() => {});
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: database.url, BCRYPT_COST: "4", NEXT_TELEMETRY_DISABLED: "1" };

    const distDir = ".next-test";
    const key = buildKey(root);
    // tsc runs beside a full run's build (next.config.js): the build skips its own pass over the same types.
    // Without source maps (next.config.js): they change nothing the tests see.
    const buildEnv: NodeJS.ProcessEnv = { ...env, NEXT_DIST_DIR: distDir, NODE_ENV: "production", FACTMARK_SOURCE_MAPS: "off", ...(everything && { FACTMARK_TYPES_CHECKED_BESIDE: "true" }) };
    // Kept for the next run as soon as it is done, whatever the checks beside it found.
    let built: () => void = () => {};
    let notBuilt: (error: Error) => void = () => {};
    const buildReady = new Promise<void>((resolve, reject) => ([built, notBuilt] = [resolve, reject]));
    const build = {
      title: "Production build for end-to-end tests (next build)",
      command: bin("next"),
      args: ["build"],
      env: buildEnv,
      passed: () => {
        recordBuild(distDir, key);
        built();
      },
      failed: () => notBuilt(new Error("the production build failed")),
    };
    const reuseBuild = builtFrom(distDir, key);
    step(everything ? "Type check, lint, Vitest and the production build, side by side; end-to-end once built" : "Production build for end-to-end tests");
    if (reuseBuild) {
      console.log(`The build in ${distDir} is of these very sources: reusing it.`);
      built();
    } else forgetBuild(distDir);
    // The end-to-end tests start as soon as the build is done, on their own copy of the migrated
    // database, while the checks beside the build may still run: the cores stay busy to the end.
    const endToEnd = (async () => {
      const [url] = await Promise.all([migrated, buildReady]);
      await runEndToEnd({ url, env, distDir, e2eFiles });
    })();
    const outcomes = await Promise.allSettled([
      runTogether(
        [
          ...(everything
            ? [
                // TypeScript 7, the compiler in Go: the same checks in a tenth of 5.9's time. Next.js and
                // typescript-eslint still load 5.9 (the "typescript" package) through its JavaScript API.
                // On one thread: beside lint, Vitest and the build the cores are taken, and its threads
                // only added CPU (a whole check here: 11 CPU-s on its threads, 7 on one, in the same time).
                { title: "Type check (TypeScript 7, tsc --noEmit)", command: typescript7, args: ["--noEmit", "--singleThreaded"] },
                // Its garbage collector on the main thread too, for the same reason: about a tenth less CPU, in the same time.
                { title: "Lint (eslint)", command: process.execPath, args: ["--single-threaded-gc", path.join(root, "node_modules", "eslint", "bin", "eslint.js"), ".", "--max-warnings=0"] },
                { title: "Unit and integration tests (Vitest)", command: bin("vitest"), args: ["run"], env, after: migrated },
              ]
            : []),
          ...(reuseBuild ? [] : [build]),
        ],
        env,
      ),
      endToEnd,
    ]);
    const failures = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason)] : []));
    if (failures.length) throw new Error(failures.join("\n"));
  } finally {
    printSlowest(root, started);
    await cleanup();
  }
  console.log(`\nAll checks passed in ${seconds(started)}.`);
}

main().catch((error) => {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  console.error(`(after ${seconds(started)})`);
  process.exit(1);
});
