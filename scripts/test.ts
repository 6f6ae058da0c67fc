/**
 * `npm test`: type check, lint, unit and integration tests against a real PostgreSQL, then
 * Playwright end-to-end tests against a production build in Chromium.
 *
 * The database is a throwaway one: a new database on the server named by DATABASE_URL when it
 * is set, otherwise an embedded PostgreSQL in a temporary directory. It is removed at the end.
 */
import { randomBytes } from "node:crypto";
import { prepareData } from "./lib/bootstrap/prepare-data";
import { closeDb } from "../lib/db/client";
import { ensureAppRole } from "../lib/db/app-role";
import { migrateDeploy } from "../lib/db/migrate";
import { createThrowawayDatabase, freePort, type ThrowawayDatabase } from "./lib/throwaway-database";
import { ensureChromium } from "./lib/chromium";
import { checkSchemaDrift } from "./lib/schema-drift";
import { bin, root, run, runTogether } from "./lib/run";

const started = Date.now();

function step(title: string) {
  console.log(`\n── ${title} ${"─".repeat(Math.max(0, 60 - title.length))}`);
}

async function main() {
  step("Browser for end-to-end tests");
  await ensureChromium();
  console.log("Chromium is ready.");
  step("Type check and lint, side by side");
  await runTogether([
    { title: "Type check (tsc --noEmit)", command: bin("tsc"), args: ["--noEmit"] },
    { title: "Lint (eslint)", command: bin("eslint"), args: [".", "--max-warnings=0"] },
  ]);

  step(process.env.DATABASE_URL ? "Throwaway database on DATABASE_URL's server" : "Throwaway embedded PostgreSQL");
  let database: ThrowawayDatabase | undefined;
  const cleanup = async () => {
    await closeDb().catch(() => {});
    await database?.dispose().catch((error) => console.error(`Could not remove the test database: ${error}`));
    database = undefined;
  };
  process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));
  try {
    database = await createThrowawayDatabase(process.env.DATABASE_URL);
    await migrateDeploy(database.url, root);
    await checkSchemaDrift(database.url);
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: database.url, BCRYPT_COST: "4", NEXT_TELEMETRY_DISABLED: "1" };
    console.log("Migrations applied; they build exactly what prisma/schema.prisma describes.");

    // `npm test -- e2e/some.spec.ts` runs only those end-to-end files (for working on them); CI runs everything.
    const e2eFiles = process.argv.slice(2).filter((arg) => arg.startsWith("e2e/"));
    if (e2eFiles.length === 0) {
      step("Unit and integration tests (Vitest)");
      await run(bin("vitest"), ["run"], env);
    }

    step("Production build for end-to-end tests");
    process.env.DATABASE_URL = database.url;
    await prepareData({ embedded: false, env: { ...env, SEED_DEMO: "true", SEED_DEMO_WORK: "false" } });
    await closeDb();
    const distDir = ".next-test";
    await run(bin("next"), ["build"], { ...env, NEXT_DIST_DIR: distDir, NODE_ENV: "production" });

    step("End-to-end tests (Playwright, Chromium)");
    const port = await freePort();
    let secondPort = await freePort();
    while (secondPort === port) secondPort = await freePort();
    const secret = randomBytes(32).toString("base64url");
    // The servers connect as the app's own role, as `npm start` does (lib/db/app-role.ts).
    const app = await ensureAppRole(database.url, randomBytes(32).toString("base64url"));
    await run(bin("playwright"), ["test", ...e2eFiles], {
      ...env,
      DATABASE_URL: app.url,
      NEXT_DIST_DIR: distDir,
      E2E_PORT: String(port),
      E2E_PORT_2: String(secondPort),
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXTAUTH_SECRET: secret,
      NODE_ENV: "production",
    });
  } finally {
    await cleanup();
  }
  console.log(`\nAll checks passed in ${Math.round((Date.now() - started) / 1000)} s.`);
}

main().catch((error) => {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
