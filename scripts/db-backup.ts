/**
 * `npm run db:backup [-- <file>]`: the whole desk (DATABASE_URL, or the embedded database) into
 * one gzipped file, by default backups/factmark-<date>-<time>.jsonl.gz. Safe while Factmark runs:
 * the file is one consistent snapshot. See lib/backup/backup-format.ts for the format.
 * The file holds password hashes: it is readable by its owner only (0600), in a folder only they can list.
 */
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { PassThrough } from "node:stream";
import { createGzip } from "node:zlib";
import { writeBackup } from "../lib/backup/write-backup";
import { withDeskDatabase } from "./lib/desk-database";
import { root } from "./lib/run";

async function main() {
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  const file = path.resolve(process.argv[2] ?? path.join(root, "backups", `factmark-${stamp}.jsonl.gz`));
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const summary = await withDeskDatabase(async (url) => {
    const text = new PassThrough();
    const written = pipeline(text, createGzip(), createWriteStream(file, { flags: "wx", mode: 0o600 }));
    const result = await writeBackup(url, text);
    text.end();
    await written;
    return result;
  });
  console.log(`Backed up ${summary.rows} rows from ${summary.tables} tables to ${path.relative(process.cwd(), file)}.`);
}

main().catch((error) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
