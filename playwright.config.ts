import { defineConfig } from "@playwright/test";
import { TEST_BROWSER } from "./scripts/lib/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
const secondPort = Number(process.env.E2E_PORT_2 ?? port + 1);
process.env.E2E_PORT_2 = String(secondPort);
const baseURL = `http://localhost:${port}`;

// Debian's Chromium headless shell (scripts/lib/chromium.ts): Playwright cannot download its own browser here.
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export default defineConfig({
  testDir: "e2e",
  // Spec files run side by side, each file's tests in order in one worker. Two workers share two
  // cores with the app's servers and Chromium (E2E_WORKERS changes it). No spec leans on another:
  // each makes its own stories and people through the API, and a spec whose checks take in the
  // whole desk (every row, the settings, who is an admin) gets a desk of its own (e2e/own-desk.ts).
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  forbidOnly: true,
  // A test that fails runs once more, recording a trace, and fails the run either way (a pass on the
  // second try is a flaky test, which fails the run too).
  retries: 1,
  failOnFlakyTests: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Each spec's duration is kept in test-reports/e2e.json (and printed by the list reporter).
  reporter: [["list"], ["json", { outputFile: "test-reports/e2e.json" }]],
  use: {
    baseURL,
    // A failed test keeps a screenshot of where it stopped, and its second try a trace: every
    // action with the page's DOM and a picture at that moment, the console and the network.
    // Recording a trace of every test, to keep it only when one failed, took a fifth of the
    // browser specs' CPU.
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: TEST_BROWSER, args: chromiumArgs },
  },
  projects: [
    // Each demo role signs in once for the run (e2e/roles.setup.ts); specs use those sessions.
    { name: "roles", testMatch: /roles\.setup\.ts$/ },
    { name: "chromium", testMatch: /\.spec\.ts$/, dependencies: ["roles"], use: { browserName: "chromium" } },
  ],
  // scripts/test.ts has built the app into NEXT_DIST_DIR and prepared DATABASE_URL. A second
  // instance of the same build shares the database, as instances behind a load balancer would.
  webServer: [port, secondPort].map((p) => ({
    command: `node_modules/.bin/tsx --import ./scripts/lib/outside-next.mjs scripts/serve.ts --port ${p}`,
    url: `http://localhost:${p}/login`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
    // Sources and imports fetch from the tests' own site (tests/test-site.ts) and nothing else.
    env: { ...(process.env as Record<string, string>), FETCH_ALLOW_HOSTS: "127.0.0.1", FETCH_ONLY_ALLOWED: "true" },
  })),
});
