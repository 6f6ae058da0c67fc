import { z } from "zod";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { assertCan } from "../policy/policy";
import type { ClaimSearchQuery } from "../validation/claim-schemas";
import { parseCheckRows, toCheckView, type CheckRow, type CheckView } from "./check-view";
import { CHECK_COLUMNS, CURRENT_CHECK } from "./current-check";
import { publicPlaces } from "./public-places";

export const CLAIMS_PAGE_SIZE = 20;
/** Searched words rank at most this many of the newest checks that hold them: a bound on the work, whatever the words. */
const RANKED = 500;

export interface ClaimSearchResult {
  results: CheckView[];
  page: number;
  /** Whether a next page has anything on it. */
  more: boolean;
}

/**
 * The desk's memory, searched: by words (PostgreSQL's English full-text search on the GIN index;
 * when no check holds them, by their letters, pg_trgm, so a misspelt name still finds them),
 * rating, kind, story, a person of the desk (who annotated or approved it), the date of the check
 * and whose check it is (the desk's own, or other publishers' imported reviews, never mixed).
 * Words: the best matches first among the 500 newest checks that hold them; no words: newest
 * first. A page at a time.
 */
export async function searchClaims(viewer: SessionUser, query: ClaimSearchQuery): Promise<ClaimSearchResult> {
  assertCan(viewer, "article.read");
  const conditions: Prisma.Sql[] = [Prisma.sql`c.origin = ${query.origin === "desk" ? "DESK" : "IMPORTED"}::"CheckOrigin"`];
  if (query.rating) conditions.push(Prisma.sql`c.rating = ${query.rating}`);
  if (query.kind) conditions.push(Prisma.sql`c.kind = ${query.kind}::"AnnotationKind"`);
  if (query.story) conditions.push(Prisma.sql`c."storyId" = ${query.story}`);
  if (query.person) {
    conditions.push(Prisma.sql`coalesce((SELECT pa."authorId" = ${query.person} OR pr."reviewerId" = ${query.person}
      FROM "Annotation" pa JOIN "ApprovedRevision" pr ON pr.id = c."revisionId" WHERE pa.id = c."annotationId"), false)`);
  }
  // Checks are stored in UTC: a day is a UTC day.
  if (query.from) conditions.push(Prisma.sql`c."reviewedAt" >= ${query.from}::date::timestamp`);
  if (query.to) conditions.push(Prisma.sql`c."reviewedAt" < (${query.to}::date + 1)::timestamp`);
  const words = query.q?.trim() || null;
  const page = { limit: CLAIMS_PAGE_SIZE + 1, offset: (query.page - 1) * CLAIMS_PAGE_SIZE };
  let rows: CheckRow[];
  if (!words) rows = await newest(conditions, page);
  else {
    const fullText = Prisma.sql`c.search @@ websearch_to_tsquery('english', ${words})`;
    rows = await byWords(conditions, page, fullText, Prisma.sql`ts_rank(c.search, websearch_to_tsquery('english', ${words}))`);
    // Nothing holds those words: a misspelt name may still be near one, letter for letter (pg_trgm).
    if (rows.length === 0 && (query.page === 1 || !(await anyHolds(conditions, fullText)))) {
      rows = await byWords(conditions, page, Prisma.sql`${words} <% c.text`, Prisma.sql`word_similarity(${words}, c.text)`);
    }
  }
  const shown = rows.slice(0, CLAIMS_PAGE_SIZE);
  const places = await publicPlaces(shown.flatMap((row) => (row.annotationId ? [row.annotationId] : [])));
  return {
    results: shown.map((row) => toCheckView(row, row.annotationId ? places.get(row.annotationId) ?? null : null)),
    page: query.page,
    more: rows.length > CLAIMS_PAGE_SIZE,
  };
}

type Page = { limit: number; offset: number };

async function newest(conditions: Prisma.Sql[], page: Page): Promise<CheckRow[]> {
  const rows = await db.$queryRaw<unknown[]>`
    SELECT ${CHECK_COLUMNS} FROM "CheckedClaim" c
    WHERE ${Prisma.join(conditions, " AND ")} AND ${CURRENT_CHECK}
    ORDER BY c."reviewedAt" DESC, c.id
    LIMIT ${page.limit} OFFSET ${page.offset}`;
  return parseCheckRows(rows);
}

/** Of the newest RANKED checks that `match`, those still current, best `rank` first. */
async function byWords(conditions: Prisma.Sql[], page: Page, match: Prisma.Sql, rank: Prisma.Sql): Promise<CheckRow[]> {
  const rows = await db.$queryRaw<unknown[]>`
    SELECT ${CHECK_COLUMNS} FROM (
      SELECT c.* FROM "CheckedClaim" c
      WHERE ${match} AND ${Prisma.join(conditions, " AND ")}
      ORDER BY c."reviewedAt" DESC LIMIT ${RANKED}) c
    WHERE ${CURRENT_CHECK}
    ORDER BY ${rank} DESC, c."reviewedAt" DESC, c.id
    LIMIT ${page.limit} OFFSET ${page.offset}`;
  return parseCheckRows(rows);
}

async function anyHolds(conditions: Prisma.Sql[], match: Prisma.Sql): Promise<boolean> {
  const [row] = await db.$queryRaw<unknown[]>`SELECT EXISTS (SELECT 1 FROM "CheckedClaim" c WHERE ${match} AND ${Prisma.join(conditions, " AND ")} AND ${CURRENT_CHECK}) AS any`;
  return z.object({ any: z.boolean() }).parse(row).any;
}
