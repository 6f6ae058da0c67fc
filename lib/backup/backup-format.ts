import pg from "pg";
import { z } from "zod";

/**
 * A whole desk in one file, without client tools: a fresh machine and the embedded PostgreSQL
 * have no pg_dump (and a pg_dump older than the server refuses to run). The file is
 * newline-delimited JSON: a header naming the migrations the data fits, then for each table a
 * `#table <name>` line and its rows as PostgreSQL's own JSON of them (a row is one line, always
 * starting with "{"), and a `#end <rows>` line, without which the file counts as cut short. The
 * schema, triggers included, is not in the file: it is the migrations and prisma/triggers.sql,
 * which a restore requires the target to have.
 */
export const BACKUP_FORMAT = "factmark-backup";
export const BACKUP_VERSION = 1;

export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  migrations: z.array(z.string()),
  tables: z.array(z.string()),
});

export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export interface BackupSummary {
  tables: number;
  rows: number;
}

/** A backup refused or damaged, in words for the person restoring it. */
export class BackupError extends Error {}

const migrationRow = z.object({ migration_name: z.string() });
const tableRow = z.object({ tablename: z.string() });

export async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query(
    `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => migrationRow.parse(row).migration_name);
}

export async function dataTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  return rows.map((row) => tableRow.parse(row).tablename);
}

export const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
