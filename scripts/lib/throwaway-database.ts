import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { dropAppRole } from "../../lib/db/app-role";
import { startEmbeddedPostgres } from "./embedded-postgres";

export interface ThrowawayDatabase {
  url: string;
  /** Drops the database (or stops and deletes the embedded cluster). */
  dispose(): Promise<void>;
}

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** One statement on its own connection (CREATE and DROP DATABASE cannot share a transaction). */
async function onServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, empty database for tests and tooling. On the server named by `serverUrl` (usually
 * DATABASE_URL) it is a new uniquely named database, dropped afterwards; without one, an embedded
 * PostgreSQL cluster in a temporary directory, deleted afterwards. `durable: false` lets that
 * embedded cluster skip flushing to disk (a test run's: it is deleted anyway); benchmarks keep the
 * default, so they measure writes as a desk's server makes them.
 */
export async function createThrowawayDatabase(serverUrl?: string, { durable = true }: { durable?: boolean } = {}): Promise<ThrowawayDatabase> {
  const name = `factmark_test_${process.pid}_${Date.now().toString(36)}`;
  if (serverUrl) {
    const admin = new URL(serverUrl);
    const target = new URL(serverUrl);
    target.pathname = `/${name}`;
    const run = (sql: string) => onServer(admin.toString(), sql);
    await run(`CREATE DATABASE "${name}"`);
    return {
      url: target.toString(),
      async dispose() {
        await run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await dropAppRole(admin.toString(), name);
      },
    };
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "factmark-pg-"));
  const cluster = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false, durable });
  await cluster.createDatabase(name);
  return {
    url: cluster.url(name),
    async dispose() {
      await cluster.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A copy of the database at `url` on the same server (PostgreSQL copies it from its files, in a
 * fraction of a second; nothing may be connected to it meanwhile), removed by `dispose`, with the
 * app's role for it, if one was made.
 */
export async function copyDatabase(url: string, suffix: string): Promise<ThrowawayDatabase> {
  const source = decodeURIComponent(new URL(url).pathname.slice(1));
  const name = `${source}_${suffix}`;
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const target = new URL(url);
  target.pathname = `/${name}`;
  const run = (sql: string) => onServer(admin.toString(), sql);
  await run(`CREATE DATABASE "${name}" TEMPLATE "${source}"`);
  return {
    url: target.toString(),
    async dispose() {
      await run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropAppRole(admin.toString(), name);
    },
  };
}
