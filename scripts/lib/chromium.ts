import { existsSync } from "node:fs";
import { run } from "./run";

/**
 * The end-to-end tests drive Debian's Chromium (Playwright cannot download its own browser on
 * these machines). On a fresh machine it is installed here when we may (root with apt-get);
 * otherwise the run stops at once with what to do, rather than minutes later in Playwright.
 */
export async function ensureChromium(): Promise<void> {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(path)) return;
  if (process.env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH points at ${path}, which does not exist.`);
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) {
    throw new Error("The end-to-end tests need Chromium at /usr/bin/chromium: install it (`sudo apt-get install chromium`) or set CHROMIUM_PATH.");
  }
  console.log("Chromium is missing: installing Debian's chromium package (once)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  await run("apt-get", ["update", "-qq"], env);
  await run("apt-get", ["install", "-y", "-qq", "chromium"], env);
}
