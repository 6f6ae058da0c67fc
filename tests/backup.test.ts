import { execFile } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PassThrough, Readable } from "node:stream";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/tests/factories";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { importClaimReviews } from "@/lib/claims/import/import-claim-reviews";
import { readClaimReviews } from "@/lib/claims/import/read-claim-reviews";
import { reviewAnnotation } from "@/lib/review/review-annotation";
import { BackupError } from "@/lib/backup/backup-format";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { writeBackup } from "@/lib/backup/write-backup";
import { db } from "@/lib/db/client";
import type { ThrowawayDatabase } from "@/scripts/lib/throwaway-database";
import { migratedDatabase } from "@/tests/setup/migrated-database";

const source = process.env.DATABASE_URL!;
let target: ThrowawayDatabase;
let dir: string;

beforeAll(async () => {
  // Something of every kind worth keeping: people, an article, an annotation and its audit record and feed entry.
  const article = await createArticle(["A backup keeps 70.3 million of everything, “quoted” and 😀."]);
  const start = article.text.indexOf("70.3 million");
  const editor = await createUser("EDITOR");
  const figure = await createAnnotation(editor, article.id, { kind: "FIGURE", start, end: start + 12, exact: "70.3 million" });
  // …and the desk's memory: an approved check and an imported one, each with its full-text vector.
  const submitted = await reviewAnnotation(editor, figure.id, { action: "SUBMIT", version: figure.version });
  await reviewAnnotation(await createUser("EDITOR"), figure.id, { action: "APPROVE", version: submitted.version, verdict: { kind: "FIGURE", outcome: "CONFIRMED" } });
  await importClaimReviews(editor, readClaimReviews({ "@type": "ClaimReview", claimReviewed: "A backup keeps “everything” 😀", author: { name: "Other Desk" } }), { kind: "file", name: "backup.json" });
  target = await migratedDatabase();
  dir = await mkdtemp(path.join(os.tmpdir(), "factmark-backup-"));
}, 120_000);
afterAll(async () => {
  await db.$disconnect();
  await target?.dispose();
  await rm(dir, { recursive: true, force: true });
});

async function backupText(): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk) => chunks.push(chunk));
  await writeBackup(source, out);
  out.end();
  return Buffer.concat(chunks).toString("utf8");
}

/** Each table's rows as one fingerprint: equal fingerprints, equal tables. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`);
    const result: Record<string, string> = {};
    for (const { tablename } of tables) {
      const { rows } = await client.query<{ n: string; digest: string | null }>(
        `SELECT count(*) AS n, md5(string_agg(row_to_json(t)::text, '|' ORDER BY row_to_json(t)::text)) AS digest FROM "${tablename}" t`,
      );
      result[tablename] = `${rows[0].n}:${rows[0].digest}`;
    }
    return result;
  } finally {
    await client.end();
  }
}

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

describe("backup and restore", () => {
  it("round-trips the whole desk into an empty database, and the audit trail stays append-only", async () => {
    const text = await backupText();
    const summary = await restoreBackup(target.url, Readable.from([text]));
    expect(summary.rows).toBeGreaterThan(0);
    expect(await fingerprint(target.url)).toEqual(await fingerprint(source));
    // The memory's search vectors come back as they were, so restored checks are still found.
    const vectors = `SELECT origin::text, search::text FROM "CheckedClaim" ORDER BY id`;
    expect((await query(target.url, vectors)).rows).toEqual((await query(source, vectors)).rows);
    expect((await query(target.url, vectors)).rows.map((r) => r.origin).sort()).toEqual(expect.arrayContaining(["DESK", "IMPORTED"]));
    await expect(query(target.url, `UPDATE "Activity" SET action = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(query(target.url, `DELETE FROM "Activity"`)).rejects.toThrow(/append-only/);
    await expect(query(target.url, `TRUNCATE "Activity"`)).rejects.toThrow(/append-only/);
  });

  it("refuses a database that holds data unless told to replace it, and a damaged or foreign file, changing nothing", async () => {
    const text = await backupText();
    const before = await fingerprint(target.url);
    await expect(restoreBackup(target.url, Readable.from([text]))).rejects.toThrow(/already holds data/);
    const cut = text.slice(0, text.lastIndexOf("#end"));
    await expect(restoreBackup(target.url, Readable.from([cut]), { replace: true })).rejects.toThrow(/cut short/);
    await expect(restoreBackup(target.url, Readable.from(["{\"hello\":1}\n"]), { replace: true })).rejects.toBeInstanceOf(BackupError);
    await expect(restoreBackup(target.url, Readable.from([text.replace(/"migrations":\["/, '"migrations":["0_other", "')]), { replace: true })).rejects.toThrow(
      /different database schema/,
    );
    expect(await fingerprint(target.url)).toEqual(before);
    await restoreBackup(target.url, Readable.from([text]), { replace: true });
    expect(await fingerprint(target.url)).toEqual(await fingerprint(source));
  });

  it("runs as npm run db:backup and db:restore, through a gzipped file", async () => {
    const file = path.join(dir, "desk.jsonl.gz");
    const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
    const run = (script: string, args: string[], url: string) =>
      promisify(execFile)(tsx, ["--import", "./scripts/lib/outside-next.mjs", script, ...args], { env: { ...process.env, DATABASE_URL: url } });
    expect((await run("scripts/db-backup.ts", [file], source)).stdout).toMatch(/Backed up \d+ rows from \d+ tables/);
    // It holds password hashes: its owner's alone.
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await run("scripts/db-restore.ts", [file, "--replace"], target.url)).stdout).toMatch(/Restored \d+ rows/);
    expect(await fingerprint(target.url)).toEqual(await fingerprint(source));
    await expect(run("scripts/db-restore.ts", [file], target.url)).rejects.toMatchObject({ stderr: expect.stringMatching(/Restore failed: .*already holds data/) });
  }, 120_000);
});
