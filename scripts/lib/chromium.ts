import { existsSync } from "node:fs";
import { run } from "./run";

/**
 * The browser the end-to-end tests drive: Debian's Chromium headless shell (package
 * chromium-headless-shell), the same Blink and V8 as Chromium without its browser and GPU
 * processes: a quarter less CPU for the same specs here. Playwright cannot download its own
 * browser on these machines. Benchmarks drive the whole Chromium (`/usr/bin/chromium`), as
 * people use it.
 */
export const TEST_BROWSER = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium-headless-shell";

/**
 * On a fresh machine the test browser is installed here when we may (root with apt-get);
 * otherwise the run stops at once with what to do, rather than minutes later in Playwright.
 */
export async function ensureChromium(): Promise<void> {
  if (existsSync(TEST_BROWSER)) return;
  if (process.env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH points at ${TEST_BROWSER}, which does not exist.`);
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) {
    throw new Error(`The end-to-end tests need Chromium's headless shell at ${TEST_BROWSER}: install it (\`sudo apt-get install chromium-headless-shell\`) or set CHROMIUM_PATH.`);
  }
  console.log("Chromium's headless shell is missing: installing Debian's chromium-headless-shell package (once)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  await run("apt-get", ["update", "-qq"], env);
  await run("apt-get", ["install", "-y", "-qq", "chromium-headless-shell"], env);
}
