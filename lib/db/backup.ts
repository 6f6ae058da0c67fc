import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import pg from "pg";

/**
 * A whole desk in one file, without client tools: a fresh machine and the embedded PostgreSQL
 * have no pg_dump (and a pg_dump older than the server refuses to run). The file is
 * newline-delimited JSON: a header naming the migrations the data fits, then for each table a
 * `#table <name>` line and its rows as PostgreSQL's own JSON of them (a row is one line, always
 * starting with "{"), and a `#end <rows>` line, without which the file counts as cut short. The schema, triggers included, is not in the
 * file: it is the migrations and prisma/triggers.sql, which a restore requires the target to have.
 */
export const BACKUP_FORMAT = "factmark-backup";
const VERSION = 1;
const BATCH = 500;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  migrations: string[];
  tables: string[];
}

export interface BackupSummary {
  tables: number;
  rows: number;
}

export class BackupError extends Error {}

async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.migration_name);
}

async function dataTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  return rows.map((row) => row.tablename);
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

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
    const header: BackupHeader = { format: BACKUP_FORMAT, version: VERSION, createdAt: now.toISOString(), migrations: await appliedMigrations(client), tables };
    await writeLine(out, header);
    for (const table of tables) {
      await writeLine(out, `#table ${table}`);
      await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM ${quoted(table)} t`);
      for (;;) {
        const batch = await client.query<{ row: string }>(`FETCH ${BATCH} FROM backup_rows`);
        for (const { row } of batch.rows) await writeLine(out, row);
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

async function isEmpty(client: pg.Client, tables: string[]): Promise<boolean> {
  for (const table of tables) {
    const { rowCount } = await client.query(`SELECT 1 FROM ${quoted(table)} LIMIT 1`);
    if (rowCount) return false;
  }
  return true;
}

/**
 * Loads a backup into the database at `databaseUrl`, which must have the same migrations applied
 * (run the Factmark that made the backup, or one with the same schema) and hold no data unless
 * `replace`, which empties it first. All in one transaction: a file that is cut short or does not
 * fit leaves the database as it was. Rows go in with triggers and foreign-key checks paused
 * (session_replication_role = replica), so tables load in any order and replaying the feed
 * announces nothing; the triggers themselves stay defined and apply again from the next statement.
 */
export async function restoreBackup(databaseUrl: string, input: Readable, options: { replace?: boolean } = {}): Promise<BackupSummary> {
  const lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const first = await lines.next();
  let header: BackupHeader;
  try {
    header = JSON.parse(first.value ?? "");
  } catch {
    throw new BackupError("This is not a Factmark backup (its first line is not a backup header).");
  }
  if (header.format !== BACKUP_FORMAT || header.version !== VERSION) throw new BackupError("This is not a Factmark backup this version can read.");

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
    await client.query("BEGIN");
    try {
      await client.query("SET LOCAL session_replication_role = replica");
    } catch {
      throw new BackupError("Restoring needs the database owner with superuser rights (it pauses triggers and foreign-key checks while loading).");
    }
    if (!(await isEmpty(client, tables))) {
      if (!options.replace) throw new BackupError("The database already holds data. Restore into an empty database, or pass --replace to overwrite it.");
      await client.query(`TRUNCATE ${tables.map(quoted).join(", ")}`);
    }

    let table: string | null = null;
    let batch: string[] = [];
    let rows = 0;
    let ended = false;
    const flush = async () => {
      if (!table || batch.length === 0) return;
      await client.query(`INSERT INTO ${quoted(table)} SELECT * FROM json_populate_recordset(NULL::${quoted(table)}, $1::json)`, [`[${batch.join(",")}]`]);
      rows += batch.length;
      batch = [];
    };
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      const line = next.value;
      if (line.startsWith("#table ")) {
        await flush();
        const name = line.slice(7);
        if (!tables.includes(name)) throw new BackupError(`The backup holds a table this database does not have: ${name}.`);
        table = name;
      } else if (line.startsWith("#end ")) {
        await flush();
        const expected = Number(line.slice(5));
        if (expected !== rows) throw new BackupError(`The backup is damaged: it announces ${expected} rows and holds ${rows}.`);
        ended = true;
        break;
      } else if (line) {
        if (!table || !line.startsWith("{")) throw new BackupError("The backup is damaged: a line that is neither a table nor a row.");
        batch.push(line);
        if (batch.length >= BATCH) await flush();
      }
    }
    if (!ended) throw new BackupError("The backup is incomplete (it was cut short); nothing was restored.");
    await client.query("COMMIT");
    return { tables: header.tables.length, rows };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
