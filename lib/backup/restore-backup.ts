import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import pg from "pg";
import { formatIssues } from "../validation/format-issues";
import { appliedMigrations, backupHeaderSchema, BackupError, dataTables, quoted, type BackupHeader, type BackupSummary } from "./backup-format";
import { renderRestoredPages } from "./render-restored-pages";
import { AUDIT_STAGING, mergeAudit, stageAudit } from "./restore-audit";
import { admins, assertNoNewAdmins } from "./restore-people";
import { rowSchemas, type RowSchemas } from "./row-schemas";

const BATCH = 500;

export interface RestoreSummary extends BackupSummary {
  /** Who administers the desk after the restore (said out loud, never silent). */
  admins: string[];
}

export const HOLDS_DATA_MESSAGE = "The database already holds data. Restore into an empty database, or pass --replace to overwrite it.";

/** Whether any of the desk's tables holds a row: a restore without --replace is refused before it touches anything. */
export async function holdsData(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return !(await isEmpty(client, await dataTables(client)));
  } finally {
    await client.end();
  }
}

async function isEmpty(client: pg.Client, tables: string[]): Promise<boolean> {
  for (const table of tables) {
    const { rowCount } = await client.query(`SELECT 1 FROM ${quoted(table)} LIMIT 1`);
    if (rowCount) return false;
  }
  return true;
}

/** A row of the file as the table takes it, or a refusal naming the table, the row and what is wrong. */
function checkedRow(line: string, table: string, index: number, schemas: RowSchemas): string {
  const { columns, schema } = schemas.get(table)!;
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch {
    throw new BackupError(`The backup is damaged: row ${index} of ${table} is not JSON.`);
  }
  if (!row || typeof row !== "object" || Array.isArray(row)) throw new BackupError(`The backup is damaged: row ${index} of ${table} is not a row.`);
  const unknown = Object.keys(row).filter((key) => !columns.includes(key));
  if (unknown.length) throw new BackupError(`The backup's table ${table} has columns this database does not have: ${unknown.join(", ")}. Nothing was restored.`);
  const absent = columns.filter((column) => !(column in row));
  if (absent.length) throw new BackupError(`The backup's table ${table} lacks the columns ${absent.join(", ")}. Nothing was restored.`);
  const parsed = schema.safeParse(row);
  if (!parsed.success) throw new BackupError(`Row ${index} of ${table} is not valid: ${formatIssues(parsed.error)} Nothing was restored.`);
  return JSON.stringify(parsed.data);
}

/**
 * Loads a backup into the database at `databaseUrl`, which must have the same migrations applied
 * (run the Factmark that made the backup, or one with the same schema) and hold no data unless
 * `replace`. The file is not trusted: every row is checked against the table's columns and the
 * API's schemas, unknown tables and columns are refused by name, note HTML is sanitized again and
 * publications' pages are rendered again. Replacing keeps the audit trail (it is merged, never
 * emptied) and the desk's admins (lib/backup/restore-people.ts).
 *
 * All in one transaction: a file that is refused, cut short or does not fit leaves the database as
 * it was. Rows go in with triggers and foreign-key checks paused (session_replication_role =
 * replica), so tables load in any order and replaying the feed announces nothing; the triggers
 * themselves stay defined and apply again from the next statement.
 */
export async function restoreBackup(databaseUrl: string, input: Readable, options: { replace?: boolean } = {}): Promise<RestoreSummary> {
  const lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const first = await lines.next();
  let header: BackupHeader;
  try {
    header = backupHeaderSchema.parse(JSON.parse(first.value ?? ""));
  } catch {
    throw new BackupError("This is not a Factmark backup this version can read (its first line is not a backup header).");
  }

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const migrations = await appliedMigrations(client);
    if (migrations.join("\n") !== header.migrations.join("\n")) {
      throw new BackupError(
        `The backup was made with a different database schema (${header.migrations.length} migrations, the database has ${migrations.length}). ` +
          "Restore it with the Factmark version that made it, then upgrade.",
      );
    }
    const tables = await dataTables(client);
    const schemas = await rowSchemas(client);
    await client.query("BEGIN");
    try {
      await client.query("SET LOCAL session_replication_role = replica");
    } catch {
      throw new BackupError("Restoring needs the database owner with superuser rights (it pauses triggers and foreign-key checks while loading).");
    }
    let adminsBefore = null;
    if (!(await isEmpty(client, tables))) {
      if (!options.replace) throw new BackupError(HOLDS_DATA_MESSAGE);
      adminsBefore = await admins(client);
      // DELETE, not TRUNCATE: the audit trail stays, and TRUNCATE refuses tables it refers to. Foreign-key checks are paused.
      for (const table of tables.filter((name) => name !== "Activity")) await client.query(`DELETE FROM ${quoted(table)}`);
    }
    await stageAudit(client);

    let table: string | null = null;
    let batch: string[] = [];
    let rows = 0;
    let inTable = 0;
    let ended = false;
    const flush = async () => {
      if (!table || batch.length === 0) return;
      const target = table === "Activity" ? AUDIT_STAGING : quoted(table);
      await client.query(`INSERT INTO ${target} SELECT * FROM json_populate_recordset(NULL::${target}, $1::json)`, [`[${batch.join(",")}]`]);
      rows += batch.length;
      batch = [];
    };
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      const line = next.value;
      if (line.startsWith("#table ")) {
        await flush();
        const name = line.slice(7);
        if (!tables.includes(name) || !schemas.has(name)) throw new BackupError(`The backup holds a table this database does not have: ${name}. Nothing was restored.`);
        table = name;
        inTable = 0;
      } else if (line.startsWith("#end ")) {
        await flush();
        const expected = Number(line.slice(5));
        if (expected !== rows) throw new BackupError(`The backup is damaged: it announces ${expected} rows and holds ${rows}.`);
        ended = true;
        break;
      } else if (line) {
        if (!table || !line.startsWith("{")) throw new BackupError("The backup is damaged: a line that is neither a table nor a row.");
        batch.push(checkedRow(line, table, ++inTable, schemas));
        if (batch.length >= BATCH) await flush();
      }
    }
    if (!ended) throw new BackupError("The backup is incomplete (it was cut short); nothing was restored.");

    const adminsAfter = await admins(client);
    if (adminsBefore) assertNoNewAdmins(adminsBefore, adminsAfter);
    await mergeAudit(client);
    await renderRestoredPages(client);
    await client.query("COMMIT");
    return { tables: header.tables.length, rows, admins: adminsAfter.map((admin) => admin.email) };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
