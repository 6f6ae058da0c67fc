import { Logger, runMigrations } from "graphile-worker";
import type pg from "pg";
import { z } from "zod";

const tableRow = z.object({ table: z.string() });

/** Where graphile-worker keeps its jobs, crontab state and functions. */
export const QUEUE_SCHEMA = "graphile_worker";

/** The queue's own messages: its warnings and errors reach the log; its chatter does not. */
export const queueLogger = new Logger(() => (level, message) => {
  if (level === "error") console.error(`Job queue: ${message}`);
  else if (level === "warning") console.warn(`Job queue: ${message}`);
});

/**
 * How every worker here settles a job. graphile-worker writes a job's success or failure without
 * waiting for it unless these writes are batched; batched (with no delay), a stopping worker waits
 * for them. Unbatched, a worker could stop, or a run of due jobs end, with a failed job still
 * marked as held, and its retry would wait for the lock to expire.
 */
export const queuePreset = { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } };

/**
 * Creates or upgrades the job queue's schema. Run as the database's owner, beside the app's own
 * migrations: the app's role may not create schemas, and the queue's migrations must never race
 * a serving instance.
 */
export async function installJobQueue(ownerUrl: string): Promise<void> {
  await runMigrations({ connectionString: ownerUrl, logger: queueLogger });
}

/**
 * Lets the app's limited role use the queue without owning it. graphile-worker turns on row-level
 * security, with no policy, on its private tables, so that only their owner may touch them: a
 * grant alone leaves every add_job of the app role failing ("new row violates row-level security
 * policy"). Each such table gets a policy for this role alone. Run after installJobQueue, again
 * at every start (a queue upgrade may add tables).
 */
export async function grantJobQueue(client: pg.Client, role: string): Promise<void> {
  const schema = client.escapeIdentifier(QUEUE_SCHEMA);
  const name = client.escapeIdentifier(role);
  await client.query(`GRANT USAGE ON SCHEMA ${schema} TO ${name}`);
  await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${name}`);
  await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${name}`);
  await client.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${schema} TO ${name}`);
  // Its migrations are the owner's alone.
  await client.query(`REVOKE INSERT, UPDATE, DELETE ON ${schema}.migrations FROM ${name}`);
  const { rows } = await client.query(
    `SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relkind = 'r' AND c.relrowsecurity`,
    [QUEUE_SCHEMA],
  );
  const policy = client.escapeIdentifier(`${role}_all`.slice(0, 63));
  for (const { table } of rows.map((row) => tableRow.parse(row))) {
    const target = `${schema}.${client.escapeIdentifier(table)}`;
    await client.query(`DROP POLICY IF EXISTS ${policy} ON ${target}`);
    await client.query(`CREATE POLICY ${policy} ON ${target} TO ${name} USING (true) WITH CHECK (true)`);
  }
}
