import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { assertCan } from "../policy/policy";
import type { ClaimSearchQuery } from "../validation/claim-schemas";
import { toCheckView, type CheckRow, type CheckView } from "./check-view";
import { CHECK_COLUMNS, CURRENT_CHECK } from "./current-check";
import { publicPlaces } from "./public-places";

export const CLAIMS_PAGE_SIZE = 20;

export interface ClaimSearchResult {
  results: CheckView[];
  page: number;
  /** Whether a next page has anything on it. */
  more: boolean;
}

/**
 * The desk's memory, searched: by words (PostgreSQL's English full-text search, with a trigram
 * match on the words as written so a misspelt name still finds them), rating, kind, story, a
 * person of the desk (who annotated or approved it), the date of the check and whose check it is
 * (the desk's own, or other publishers' imported reviews, never mixed). Best match first when
 * words are given, newest check first otherwise; a page at a time.
 */
export async function searchClaims(viewer: SessionUser, query: ClaimSearchQuery): Promise<ClaimSearchResult> {
  assertCan(viewer, "article.read");
  const conditions: Prisma.Sql[] = [Prisma.sql`c.origin = ${query.origin === "desk" ? "DESK" : "IMPORTED"}::"CheckOrigin"`, CURRENT_CHECK];
  const words = query.q?.trim() || null;
  if (words) {
    conditions.push(Prisma.sql`(c.search @@ websearch_to_tsquery('english', ${words}) OR ${words} <% c.text)`);
  }
  if (query.rating) conditions.push(Prisma.sql`c.rating = ${query.rating}`);
  if (query.kind) conditions.push(Prisma.sql`c.kind = ${query.kind}::"AnnotationKind"`);
  if (query.story) conditions.push(Prisma.sql`c."storyId" = ${query.story}`);
  if (query.person) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Annotation" pa JOIN "ApprovedRevision" pr ON pr.id = c."revisionId"
      WHERE pa.id = c."annotationId" AND (pa."authorId" = ${query.person} OR pr."reviewerId" = ${query.person}))`);
  }
  if (query.from) conditions.push(Prisma.sql`c."reviewedAt" >= ${new Date(`${query.from}T00:00:00Z`)}`);
  if (query.to) conditions.push(Prisma.sql`c."reviewedAt" < ${new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000)}`);
  const order = words
    ? Prisma.sql`ts_rank_cd(c.search, websearch_to_tsquery('english', ${words})) + word_similarity(${words}, c.text) DESC, c."reviewedAt" DESC, c.id`
    : Prisma.sql`c."reviewedAt" DESC, c.id`;
  const rows = await db.$queryRaw<CheckRow[]>`
    SELECT ${CHECK_COLUMNS} FROM "CheckedClaim" c
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${order}
    LIMIT ${CLAIMS_PAGE_SIZE + 1} OFFSET ${(query.page - 1) * CLAIMS_PAGE_SIZE}`;
  const shown = rows.slice(0, CLAIMS_PAGE_SIZE);
  const places = await publicPlaces(shown.flatMap((row) => (row.annotationId ? [row.annotationId] : [])));
  return {
    results: shown.map((row) => toCheckView(row, row.annotationId ? places.get(row.annotationId) ?? null : null)),
    page: query.page,
    more: rows.length > CLAIMS_PAGE_SIZE,
  };
}
