import type { Writable } from "node:stream";
import pg from "pg";
import { z } from "zod";
import { appliedMigrations, BACKUP_FORMAT, BACKUP_VERSION, dataTables, quoted, type BackupHeader, type BackupSummary } from "./backup-format";

const BATCH = 500;
const lineRow = z.object({ row: z.string() });

function writeLine(out: Writable, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = out.write(`${typeof value === "string" ? value : JSON.stringify(value)}\n`, (error) => (error ? reject(error) : undefined));
    if (ok) resolve();
    else out.once("drain", resolve);
  });
}

/**
 * Writes every table of the database at `databaseUrl` to `out`, read in one REPEATABLE READ
 * snapshot, so the file is the desk at one moment even while people keep working.
 */
export async function writeBackup(databaseUrl: string, out: Writable, now = new Date()): Promise<BackupSummary> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let rows = 0;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = await dataTables(client);
    const header: BackupHeader = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString(), migrations: await appliedMigrations(client), tables };
    await writeLine(out, header);
    for (const table of tables) {
      await writeLine(out, `#table ${table}`);
      await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM ${quoted(table)} t`);
      for (;;) {
        const batch = await client.query(`FETCH ${BATCH} FROM backup_rows`);
        for (const line of batch.rows) await writeLine(out, lineRow.parse(line).row);
        rows += batch.rows.length;
        if (batch.rows.length < BATCH) break;
      }
      await client.query("CLOSE backup_rows");
    }
    await writeLine(out, `#end ${rows}`);
    await client.query("COMMIT");
    return { tables: tables.length, rows };
  } finally {
    await client.end();
  }
}
