import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // "server-only" marks modules Next.js must never bundle for a browser; outside Next it is a no-op.
  resolve: { alias: { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "scripts/lib/server-only-empty.mjs") } },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "tests/**/*.test.ts"],
    environment: "node",
    // Pages are fetched from the tests' own site only (tests/test-site.ts), never from the internet.
    // A secret for the device cookies the sign-in tests issue (lib/auth/device-cookie.ts).
    env: { FETCH_ALLOW_HOSTS: "127.0.0.1", FETCH_ONLY_ALLOWED: "true", NEXTAUTH_SECRET: "vitest-only-device-cookie-secret" },
    // Integration tests share one throwaway database; files run one after another.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
