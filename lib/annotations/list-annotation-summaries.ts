import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { NotFoundError } from "../errors/domain-error";
import type { AnnotationSummary } from "./annotation-summary";

/** An article's live annotations in document order (of two spans starting together, the outer first). */
export async function listAnnotationSummaries(viewer: SessionUser, articleId: string): Promise<AnnotationSummary[]> {
  void viewer; // Every signed-in member of the desk may read every article's annotations.
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) throw new NotFoundError("That article");
  // One SQL statement: on the hot path of opening an article, Prisma's relation and count
  // loading cost more than the whole query for a few thousand rows.
  const rows = await db.$queryRaw<(Omit<AnnotationSummary, "author" | "createdAt"> & { authorId: string; authorName: string; createdAt: Date })[]>`
    SELECT a.id, a.kind::text AS kind, a.start, a."end", a.exact, a.orphaned, a.status::text AS status, a."createdAt",
           u.id AS "authorId", u.name AS "authorName",
           (SELECT count(*)::int FROM "Source" s WHERE s."annotationId" = a.id) AS "sourceCount"
    FROM "Annotation" a JOIN "User" u ON u.id = a."authorId"
    WHERE a."articleId" = ${articleId} AND a."deletedAt" IS NULL
    ORDER BY a.start ASC, a."end" DESC, a."createdAt" ASC`;
  return rows.map(({ authorId, authorName, createdAt, ...row }) => ({
    ...row,
    author: { id: authorId, name: authorName },
    createdAt: createdAt.toISOString(),
  }));
}
