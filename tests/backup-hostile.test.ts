import { PassThrough, Readable } from "node:stream";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle, createUser, publishAsPreviewed } from "@/tests/factories";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { writeBackup } from "@/lib/backup/write-backup";
import { db } from "@/lib/db/client";
import { reviewAnnotation } from "@/lib/review/review-annotation";
import type { ThrowawayDatabase } from "@/scripts/lib/throwaway-database";
import { migratedDatabase } from "@/tests/setup/migrated-database";

/**
 * Backup files written by someone else (security review, issue #27): a restore checks every row
 * as the API would, and neither plants an admin nor erases the audit trail.
 */
const source = process.env.DATABASE_URL!;
let target: ThrowawayDatabase;
let editorId: string;
let adminId: string;
let publicationSlug: string;

beforeAll(async () => {
  const annotator = await createUser("ANNOTATOR");
  const editor = await createUser("EDITOR");
  editorId = editor.id;
  adminId = (await createUser("ADMIN")).id;
  const article = await createArticle(["The minister said 4,000 homes were built last year."]);
  const words = "4,000 homes were built last year";
  const start = article.text.indexOf(words);
  const made = await createAnnotation(annotator, article.id, { kind: "CLAIM", start, end: start + words.length, exact: words, note: "<p>Checked</p>" });
  const submitted = await reviewAnnotation(annotator, made.id, { action: "SUBMIT", version: made.version });
  await reviewAnnotation(editor, made.id, { action: "APPROVE", version: submitted.version, verdict: { kind: "CLAIM", rating: "FALSE" } });
  publicationSlug = (await publishAsPreviewed(editor, { type: "article", id: article.id })).slug;
  target = await migratedDatabase();
}, 120_000);
afterAll(async () => {
  await db.$disconnect();
  await target?.dispose();
});

async function backupOf(url: string): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk) => chunks.push(chunk));
  await writeBackup(url, out);
  out.end();
  return Buffer.concat(chunks).toString("utf8");
}

type Row = Record<string, unknown>;

/** The backup with one table's rows changed, its row count kept right. */
function edit(text: string, table: string, change: (rows: Row[]) => Row[]): string {
  const lines = text.split("\n");
  const start = lines.indexOf(`#table ${table}`);
  let end = start + 1;
  while (end < lines.length && lines[end].startsWith("{")) end++;
  const rows = change(lines.slice(start + 1, end).map((line) => JSON.parse(line)));
  lines.splice(start + 1, end - start - 1, ...rows.map((row) => JSON.stringify(row)));
  const total = lines.slice(1).filter((line) => line.startsWith("{")).length;
  return lines.map((line) => (line.startsWith("#end ") ? `#end ${total}` : line)).join("\n");
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

const counts = (url: string) => query<{ users: number; activity: number; annotations: number }>(url, `SELECT (SELECT count(*)::int FROM "User") AS users, (SELECT count(*)::int FROM "Activity") AS activity, (SELECT count(*)::int FROM "Annotation") AS annotations`).then((rows) => rows[0]);

// Each test restores a backup of the whole test database, which every other file fills at the same
// time: ten such restores took 31 s while the end-to-end tests shared the machine.
describe("restoring a hostile backup", { timeout: 120_000 }, () => {
  it("refuses unknown tables and columns by name, and rows the API would refuse, restoring nothing", async () => {
    const text = await backupOf(source);
    const hostile: [string, RegExp][] = [
      [edit(text, "User", (rows) => rows.map((row) => ({ ...row, isRoot: true }))), /table User has columns this database does not have: isRoot/],
      [text.replace("#end ", '#table Backdoor\n{"id":"x"}\n#end '), /table this database does not have: Backdoor/],
      [edit(text, "User", (rows) => [...rows, { ...rows[0], id: "planted", email: "not an email" }]), /of User is not valid: .*email/i],
      [edit(text, "User", (rows) => [...rows, { ...rows[0], id: "planted", email: "planted@evil.example", passwordHash: "hunter2" }]), /of User is not valid: .*bcrypt/],
      [edit(text, "User", (rows) => [...rows, { ...rows[0], id: "planted", email: "planted@evil.example", role: "ROOT" }]), /of User is not valid: Role must be/],
      [edit(text, "Annotation", (rows) => rows.map((row) => ({ ...row, note: "x".repeat(20_001) }))), /of Annotation is not valid: .*too/i],
      [edit(text, "Annotation", (rows) => rows.map((row) => ({ ...row, verdict: { kind: "CLAIM", rating: "PANTS_ON_FIRE" } }))), /of Annotation is not valid/],
      [edit(text, "Setting", (rows) => [...rows, { key: "trustedScripts", value: "https://evil.example/x.js", updatedAt: "2026-01-01T00:00:00" }]), /trustedScripts is not a setting/],
      [edit(text, "Setting", (rows) => [...rows, { key: "logoUrl", value: "javascript:alert(1)", updatedAt: "2026-01-01T00:00:00" }]), /logoUrl: The logo address must be a full https address/],
      [edit(text, "Publication", (rows) => rows.map((row) => ({ ...row, snapshot: { ...(row.snapshot as Row), script: "<script>" } }))), /of Publication is not valid: .*not accepted here: script/],
    ];
    for (const [file, message] of hostile) {
      await expect(restoreBackup(target.url, Readable.from([file])), String(message)).rejects.toThrow(message);
      expect(await counts(target.url)).toEqual({ users: 0, activity: 0, annotations: 0 });
    }
  });

  it("sanitizes note HTML again and renders publication pages again, never serving what the file says", async () => {
    const clean = await query<{ html: string; csp: string; etag: string }>(source, `SELECT html, csp, etag FROM "Publication" WHERE slug = $1 ORDER BY number DESC LIMIT 1`, [publicationSlug]);
    const text = edit(
      edit(await backupOf(source), "Annotation", (rows) => rows.map((row) => ({ ...row, note: `<p>Checked</p><img src=x onerror="alert(1)"><script>alert(2)</script>` }))),
      "Publication",
      (rows) => rows.map((row) => ({ ...row, html: "<script>alert(3)</script>", csp: "script-src *", etag: '"forged"' })),
    );
    await restoreBackup(target.url, Readable.from([text]));
    for (const { note } of await query<{ note: string }>(target.url, `SELECT note FROM "Annotation"`)) expect(note).toBe("<p>Checked</p>");
    const restored = await query<{ html: string; csp: string; etag: string }>(target.url, `SELECT html, csp, etag FROM "Publication" WHERE slug = $1 ORDER BY number DESC LIMIT 1`, [publicationSlug]);
    expect(restored).toEqual(clean);
    expect((await query<{ n: number }>(target.url, `SELECT count(*)::int AS n FROM "Publication" WHERE html LIKE '%alert(3)%' OR csp = 'script-src *'`))[0].n).toBe(0);
  });

  it("--replace never plants an admin: a new one, an editor raised to admin, an admin's new password or an admin enabled again are refused", async () => {
    // The target now holds the desk (previous test); an honest replace goes through.
    const text = await backupOf(source);
    await restoreBackup(target.url, Readable.from([text]), { replace: true });
    await query(target.url, `UPDATE "User" SET disabled = true WHERE id = $1`, [adminId]);
    const before = await counts(target.url);
    const hash = "$2b$04$" + "a".repeat(53);
    for (const file of [
      edit(text, "User", (rows) => [...rows, { ...rows.find((row) => row.id === editorId)!, id: "planted", email: "planted@evil.example", role: "ADMIN" }]),
      edit(text, "User", (rows) => rows.map((row) => (row.id === editorId ? { ...row, role: "ADMIN" } : row))),
      edit(text, "User", (rows) => rows.map((row) => (row.id === adminId ? { ...row, passwordHash: hash, disabled: true } : row))),
      // The file has the admin enabled; the database has them disabled now.
      text,
    ]) {
      await expect(restoreBackup(target.url, Readable.from([file]), { replace: true })).rejects.toThrow(/would give admin rights this database does not give now/);
    }
    expect(await counts(target.url)).toEqual(before);
    expect((await query<{ disabled: boolean }>(target.url, `SELECT disabled FROM "User" WHERE id = $1`, [adminId]))[0].disabled).toBe(true);
  });

  it("--replace never erases the audit trail: a backup lacking records the database holds is refused, one holding them merges", async () => {
    // A backup of the target as it is (its admin disabled), then one more audit record made after it.
    const earlier = await backupOf(target.url);
    await query(target.url, `INSERT INTO "Activity" (id, "actorId", action, "entityType", "entityId", "createdAt") VALUES ('after-the-backup', $1, 'user.updated', 'User', $1, now())`, [editorId]);
    const before = await counts(target.url);
    await expect(restoreBackup(target.url, Readable.from([earlier]), { replace: true })).rejects.toThrow(/audit trail holds 1 record the backup does not/);
    expect(await counts(target.url)).toEqual(before);
    // A record changed in the file counts as missing too.
    const later = await backupOf(target.url);
    const forged = edit(later, "Activity", (rows) => rows.map((row) => (row.id === "after-the-backup" ? { ...row, action: "nothing.happened" } : row)));
    await expect(restoreBackup(target.url, Readable.from([forged]), { replace: true })).rejects.toThrow(/audit trail holds 1 record/);
    await restoreBackup(target.url, Readable.from([later]), { replace: true });
    expect(await counts(target.url)).toEqual(before);
    expect(await query(target.url, `SELECT action FROM "Activity" WHERE id = 'after-the-backup'`)).toEqual([{ action: "user.updated" }]);
  });
});
