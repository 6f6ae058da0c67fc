/**
 * `npm run db:restore -- <file> [--replace]`: loads a backup made by `npm run db:backup` into the
 * desk's database (DATABASE_URL, or the embedded one), after bringing its schema and triggers up
 * to date. An empty database only, unless --replace (a database holding data is refused before
 * anything is done to it); stop Factmark first. One transaction: a refused or damaged file leaves
 * the database as it was.
 */
import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import { HOLDS_DATA_MESSAGE, holdsData, restoreBackup } from "../lib/backup/restore-backup";
import { migrateDeploy } from "../lib/db/migrate";
import { withDeskDatabase } from "./lib/desk-database";
import { root } from "./lib/run";

async function main() {
  const file = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
  if (!file) throw new Error("Name the backup file: npm run db:restore -- backups/factmark-….jsonl.gz");
  const replace = process.argv.includes("--replace");
  const summary = await withDeskDatabase(async (url) => {
    // Refused before the schema is brought up to date: a refused restore changes nothing at all.
    if (!replace && (await holdsData(url))) throw new Error(HOLDS_DATA_MESSAGE);
    await migrateDeploy(url, root);
    const input = createReadStream(file);
    const text = file.endsWith(".gz") ? input.pipe(createGunzip()) : input;
    return restoreBackup(url, text, { replace });
  });
  console.log(`Restored ${summary.rows} rows into ${summary.tables} tables from ${file}.`);
  console.log(`Admins of the restored desk: ${summary.admins.join(", ") || "none"}.`);
}

main().catch((error) => {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
