import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect } from "@playwright/test";
import { ensureAppRole } from "../lib/db/app-role";
import { copyDatabase } from "../scripts/lib/throwaway-database";
import { freePort } from "./helpers";

export interface OwnDesk {
  /** Where its server answers. */
  baseURL: string;
  /** Its database, as the owner (to read every table). */
  databaseUrl: string;
  close(): Promise<void>;
}

const script = (file: string, ...args: string[]) => [process.execPath, ["--import", "tsx", "--import", "./scripts/lib/outside-next.mjs", file, ...args]] as const;

/**
 * A desk of the spec's own: a copy of the suite's seeded desk as it was before any spec ran (the
 * demo accounts and story; scripts/test.ts keeps it as E2E_DESK_TEMPLATE_URL), and a server of the
 * same build on it, as the app's own role. For a spec whose checks read every table or change the
 * desk's settings: it runs beside the other specs instead of alone, and leaves nothing behind in
 * their desk.
 */
export async function ownDesk(): Promise<OwnDesk> {
  const template = process.env.E2E_DESK_TEMPLATE_URL;
  if (!template) throw new Error("E2E_DESK_TEMPLATE_URL is not set: run the end-to-end tests with npm test.");
  const database = await copyDatabase(template, randomBytes(4).toString("hex"));
  let stopServer = () => {};
  try {
    const app = await ensureAppRole(database.url, randomBytes(24).toString("base64url"));
    const port = await freePort();
    const baseURL = `http://localhost:${port}`;
    const [node, serveArgs] = script("scripts/serve.ts", "--port", String(port));
    const server = spawn(node, serveArgs, {
      // As playwright.config.ts starts the suite's servers: pages are fetched from the tests' own site
      // only. No background work (no spec on a desk of its own waits for it): fewer connections to
      // the PostgreSQL every server of the run shares.
      env: { ...process.env, DATABASE_URL: app.url, NEXTAUTH_URL: baseURL, FETCH_ALLOW_HOSTS: "127.0.0.1", FETCH_ONLY_ALLOWED: "true", JOB_WORKER: "false" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    const exited = new Promise((resolve) => server.once("exit", resolve));
    stopServer = () => void server.kill("SIGKILL");
    await expect.poll(() => fetch(`${baseURL}/login`).then((r) => r.status, () => 0), { timeout: 90_000 }).toBe(200);
    return {
      baseURL,
      databaseUrl: database.url,
      async close() {
        server.kill("SIGTERM");
        const gone = await Promise.race([exited.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 10_000))]);
        if (!gone) server.kill("SIGKILL");
        await database.dispose();
      },
    };
  } catch (error) {
    stopServer();
    await database.dispose().catch(() => {});
    throw error;
  }
}
