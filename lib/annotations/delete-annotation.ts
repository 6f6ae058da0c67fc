import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { NotFoundError } from "../errors/domain-error";
import { lockAnnotationArticle } from "../realtime/article-feed";
import { annotationInclude, toAnnotationView, type AnnotationView } from "./annotation-view";
import { assertCan } from "../policy/policy";
import { lockEditableAnnotation } from "./update-annotation";

/** Soft delete: the row stays (with its sources and history) so the delete can be undone. */
export async function deleteAnnotation(actor: SessionUser, annotationId: string): Promise<AnnotationView> {
  return db.$transaction(async (tx) => {
    const before = await lockEditableAnnotation(tx, actor, annotationId);
    assertCan(actor, "annotation.delete", before);
    const row = await tx.annotation.update({
      where: { id: annotationId },
      data: { deletedAt: new Date(), deletedById: actor.id, version: { increment: 1 } },
      include: annotationInclude,
    });
    await recordActivity(tx, {
      version: row.version,
      actorId: actor.id,
      action: "annotation.deleted",
      entityId: annotationId,
      articleId: before.articleId,
      annotationId,
    });
    return toAnnotationView(row, actor);
  });
}

export async function restoreAnnotation(actor: SessionUser, annotationId: string): Promise<AnnotationView> {
  return db.$transaction(async (tx) => {
    await lockAnnotationArticle(tx, annotationId);
    await tx.$queryRaw`SELECT id FROM "Annotation" WHERE id = ${annotationId} FOR UPDATE`;
    const before = await tx.annotation.findUnique({
      where: { id: annotationId },
      select: { authorId: true, deletedAt: true, deletedById: true, articleId: true },
    });
    if (!before || !before.deletedAt) throw new NotFoundError("That deleted annotation");
    assertCan(actor, "annotation.restore", before);
    const row = await tx.annotation.update({
      where: { id: annotationId },
      data: { deletedAt: null, deletedById: null, version: { increment: 1 } },
      include: annotationInclude,
    });
    await recordActivity(tx, {
      version: row.version,
      actorId: actor.id,
      action: "annotation.restored",
      entityId: annotationId,
      articleId: before.articleId,
      annotationId,
    });
    return toAnnotationView(row, actor);
  });
}
