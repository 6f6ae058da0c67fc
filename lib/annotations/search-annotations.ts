import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { NotFoundError } from "../errors/domain-error";

export interface AnnotationSearchHit {
  id: string;
  kind: string;
  exact: string;
  articleId: string;
  articleTitle: string;
}

/** Annotations in the same story as `articleId` whose quote contains `query`, for corroboration. */
export async function searchStoryAnnotations(viewer: SessionUser, articleId: string, query: string): Promise<AnnotationSearchHit[]> {
  void viewer; // Every signed-in member of the desk may read every story.
  const article = await db.article.findUnique({ where: { id: articleId }, select: { storyId: true } });
  if (!article) throw new NotFoundError("That article");
  const rows = await db.annotation.findMany({
    where: { deletedAt: null, article: { storyId: article.storyId }, exact: { contains: query, mode: "insensitive" } },
    orderBy: [{ articleId: "asc" }, { start: "asc" }],
    take: 20,
    select: { id: true, kind: true, exact: true, article: { select: { id: true, title: true } } },
  });
  return rows.map((row) => ({ id: row.id, kind: row.kind, exact: row.exact, articleId: row.article.id, articleTitle: row.article.title }));
}
