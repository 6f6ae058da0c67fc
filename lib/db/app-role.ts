import pg from "pg";
import { grantJobQueue } from "./queue-schema";
import { scramSha256Verifier } from "./scram-verifier";

/**
 * The role the app itself connects as: it reads and writes the desk's tables but does not own
 * them, so it can neither alter them nor switch off their triggers, and on the audit trail it may
 * only INSERT and SELECT (no UPDATE, DELETE or TRUNCATE, whatever the triggers say). It may use the
 * job queue (lib/db/queue-schema.ts) but not change its schema. Migrations,
 * seeding and tests keep using the owner.
 *
 * The role is per database (roles are shared by a whole server). Its password is the caller's (a
 * random one kept beside the app's secret, or APP_DATABASE_PASSWORD, the same on every instance),
 * and reaches the server only as a SCRAM verifier: a statement log never holds the password.
 */
export async function ensureAppRole(ownerUrl: string, password: string): Promise<{ url: string; separate: boolean }> {
  const url = new URL(ownerUrl);
  const database = decodeURIComponent(url.pathname.slice(1));
  const role = `${database}_app`.toLowerCase().replace(/[^a-z0-9_]/g, "_").slice(0, 63);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${client.escapeLiteral(role)}) THEN
          CREATE ROLE ${client.escapeIdentifier(role)} LOGIN;
        END IF;
      END
      $$`);
    const name = client.escapeIdentifier(role);
    await client.query(`ALTER ROLE ${name} LOGIN PASSWORD ${client.escapeLiteral(scramSha256Verifier(password))}`);
    await client.query(`GRANT CONNECT ON DATABASE ${client.escapeIdentifier(database)} TO ${name}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${name}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${name}`);
    await client.query(`REVOKE UPDATE, DELETE ON "Activity" FROM ${name}`);
    await client.query(`REVOKE INSERT, UPDATE, DELETE ON "_prisma_migrations" FROM ${name}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${name}`);
    await grantJobQueue(client, role);
  } catch (error) {
    // A managed database may not let this user create roles: the app then runs as the owner,
    // and the triggers alone guard the audit trail.
    console.warn(`Could not set up a separate database role for the app (${(error as Error).message}); it will connect as ${url.username || "the owner"}.`);
    return { url: ownerUrl, separate: false };
  } finally {
    await client.end();
  }
  url.username = role;
  url.password = password;
  return { url: url.toString(), separate: true };
}

/** Removes a throwaway database's app role (after the database itself is gone). */
export async function dropAppRole(serverUrl: string, database: string): Promise<void> {
  const role = `${database}_app`.toLowerCase().replace(/[^a-z0-9_]/g, "_").slice(0, 63);
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP ROLE IF EXISTS ${client.escapeIdentifier(role)}`);
  } finally {
    await client.end();
  }
}
