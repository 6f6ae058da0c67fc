import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { NotFoundError } from "../errors/domain-error";
import { readAnnotationRows } from "./annotation-rows";
import { toAnnotationView, type AnnotationView } from "./annotation-view";

/** An article's live annotations in document order (nested spans after the spans holding them). */
export async function listAnnotations(viewer: SessionUser, articleId: string): Promise<AnnotationView[]> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) throw new NotFoundError("That article");
  const ordered = await db.annotation.findMany({
    where: { articleId, deletedAt: null },
    orderBy: [{ start: "asc" }, { end: "desc" }, { createdAt: "asc" }],
    select: { id: true },
  });
  // Read as every other annotation read is (annotation-rows.ts); one deleted in between is left out.
  const rows = await readAnnotationRows(ordered.map((row) => row.id));
  return rows.filter((row) => row.deletedAt === null).map((row) => toAnnotationView(row, viewer));
}
