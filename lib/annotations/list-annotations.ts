import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { NotFoundError } from "../errors/domain-error";
import { annotationInclude, toAnnotationView, type AnnotationView } from "./annotation-view";

/** An article's live annotations in document order (nested spans after the spans holding them). */
export async function listAnnotations(viewer: SessionUser, articleId: string): Promise<AnnotationView[]> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) throw new NotFoundError("That article");
  const rows = await db.annotation.findMany({
    where: { articleId, deletedAt: null },
    orderBy: [{ start: "asc" }, { end: "desc" }, { createdAt: "asc" }],
    include: annotationInclude,
  });
  return rows.map((row) => toAnnotationView(row, viewer));
}
