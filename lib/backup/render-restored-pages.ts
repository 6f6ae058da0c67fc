import pg from "pg";
import type { PublicChange } from "../publishing/public-changes";
import { deskFrom } from "../publishing/public-desk";
import type { PublicReport } from "../publishing/public-report";
import { renderPublicPage } from "../publishing/render-public-page";
import { settingsFrom } from "../settings/settings";

interface Row {
  id: string;
  slug: string;
  number: number;
  publishedAt: Date;
  note: string;
  changes: PublicChange[];
  snapshot: PublicReport;
}

/**
 * A publication's page (its HTML, ETag and Content-Security-Policy) is never taken from a backup:
 * it is rendered again from the restored snapshot, history and settings, as publishing renders it,
 * so a file edited to carry a script or a looser policy serves neither.
 */
export async function renderRestoredPages(client: pg.Client): Promise<number> {
  const settings = settingsFrom((await client.query<{ key: string; value: unknown }>(`SELECT key, value FROM "Setting"`)).rows);
  const desk = deskFrom(settings);
  const { rows } = await client.query<Row>(
    `SELECT id, slug, number, "publishedAt" AT TIME ZONE 'UTC' AS "publishedAt", note, changes, snapshot FROM "Publication" ORDER BY slug, number DESC`,
  );
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
