import pg from "pg";
import { z } from "zod";
import { deskFrom } from "../publishing/public-desk";
import { renderPublicPage } from "../publishing/render-public-page";
import { settingsFrom } from "../settings/settings";
import { publicChangesSchema, publicReportSchema } from "./publication-schemas";

const settingRow = z.object({ key: z.string(), value: z.unknown() });
const publicationRow = z.object({
  id: z.string(),
  slug: z.string(),
  number: z.number().int(),
  publishedAt: z.date(),
  note: z.string(),
  changes: publicChangesSchema,
  snapshot: publicReportSchema,
});

/**
 * A publication's page (its HTML, ETag and Content-Security-Policy) is never taken from a backup:
 * it is rendered again from the restored snapshot, history and settings, as publishing renders it,
 * so a file edited to carry a script or a looser policy serves neither.
 */
export async function renderRestoredPages(client: pg.Client): Promise<number> {
  const settings = settingsFrom((await client.query(`SELECT key, value FROM "Setting"`)).rows.map((row) => settingRow.parse(row)));
  const desk = deskFrom(settings);
  const rows = (
    await client.query(`SELECT id, slug, number, "publishedAt" AT TIME ZONE 'UTC' AS "publishedAt", note, changes, snapshot FROM "Publication" ORDER BY slug, number DESC`)
  ).rows.map((row) => publicationRow.parse(row));
  for (const row of rows) {
    // This publication and the ones of its slug before it, newest first.
    const history = rows
      .filter((other) => other.slug === row.slug && other.number <= row.number)
      .map((other) => ({ number: other.number, publishedAt: other.publishedAt, note: other.note, changes: other.changes }));
    const page = renderPublicPage({ slug: row.slug, number: row.number, publishedAt: row.publishedAt, report: row.snapshot, history }, desk);
    await client.query(`UPDATE "Publication" SET html = $2, etag = $3, csp = $4 WHERE id = $1`, [row.id, page.html, page.etag, page.csp]);
  }
  return rows.length;
}
