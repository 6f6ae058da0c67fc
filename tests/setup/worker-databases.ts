/**
 * Vitest's global setup: one database per worker, each a copy of the migrated DATABASE_URL
 * (PostgreSQL copies a database from its template file by file, in a fraction of a second), so
 * test files that write run side by side without seeing each other's rows. Dropped at the end.
 */
import pg from "pg";
import { dropAppRole } from "../../lib/db/app-role";
import { workerDatabaseNames } from "./worker-database-names";

/** The server's own `postgres` database, from which databases and roles are made and dropped. */
function serverOf(url: string): string {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  return admin.toString();
}

async function onServer(server: string, statements: string[]) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

export default async function setup({ config }: { config: { maxWorkers: number | string } }) {
  const template = process.env.DATABASE_URL;
  if (!template) return;
  const names = workerDatabaseNames(template, Number(config.maxWorkers));
  const source = decodeURIComponent(new URL(template).pathname.slice(1));
  const drop = names.map((name) => `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  const server = serverOf(template);
  // A template must have no other session while it is copied; the test runner's own are done with it.
  await onServer(server, [
    ...drop,
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${source.replace(/'/g, "''")}' AND pid <> pg_backend_pid()`,
    ...names.map((name) => `CREATE DATABASE "${name}" TEMPLATE "${source}"`),
  ]);
  return async () => {
    await onServer(server, drop);
    // A test that connects as the app's own role (lib/db/app-role.ts) makes one per worker
    // database, and a role belongs to the whole server: on a DATABASE_URL server it outlived the run.
    for (const name of names) await dropAppRole(server, name);
  };
}
