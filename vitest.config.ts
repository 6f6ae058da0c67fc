import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // "server-only" marks modules Next.js must never bundle for a browser; outside Next it is a no-op.
  resolve: { alias: { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "scripts/lib/server-only-empty.mjs") } },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "tests/**/*.test.ts"],
    environment: "node",
    // Pages are fetched from the tests' own site only (tests/test-site.ts), never from the internet.
    env: { FETCH_ALLOW_HOSTS: "127.0.0.1", FETCH_ONLY_ALLOWED: "true", NEXTAUTH_SECRET: "vitest-only-device-cookie-secret" },
    // (NEXTAUTH_SECRET: a secret for the device cookies the sign-in tests issue, lib/auth/device-cookie.ts.)
    // Files run side by side, each worker on its own copy of the migrated database
    // (tests/setup/worker-databases.ts). Most files wait on PostgreSQL, so three workers keep
    // two cores busy.
    maxWorkers: Number(process.env.VITEST_MAX_WORKERS ?? 3),
    // A worker keeps the modules it has imported from one file to the next: importing them anew
    // for each of 109 files took 122 s of the run's CPU, and no test leans on a fresh module (no
    // module keeps state a test sets; the one vi.mock spies without replacing).
    isolate: false,
    globalSetup: ["tests/setup/worker-databases.ts"],
    setupFiles: ["tests/setup/worker-database.ts"],
    // Each file's and test's duration is kept in test-reports/vitest.json.
    reporters: ["default", ["json", { outputFile: "test-reports/vitest.json" }]],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
