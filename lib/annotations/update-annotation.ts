import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session";
import { db, type Tx } from "../db/client";
import { ConflictError, NotFoundError } from "../errors/domain-error";
import { lockAnnotationArticle } from "../realtime/article-feed";
import type { AnnotationUpdateInput } from "../validation/annotation-schemas";
import { annotationInclude, toAnnotationView, type AnnotationView } from "./annotation-view";
import { sanitizeNote } from "./note-html";
import { assertCanEditAnnotation } from "./permissions";

/**
 * Loads a live annotation for a change by `actor`, locking its article (see lockArticleForChange)
 * and then its row until the transaction ends.
 */
export async function lockEditableAnnotation(tx: Tx, actor: SessionUser, annotationId: string) {
  await lockAnnotationArticle(tx, annotationId);
  await tx.$queryRaw`SELECT id FROM "Annotation" WHERE id = ${annotationId} FOR UPDATE`;
  const annotation = await tx.annotation.findUnique({ where: { id: annotationId }, include: annotationInclude });
  if (!annotation || annotation.deletedAt) throw new NotFoundError("That annotation");
  assertCanEditAnnotation(actor, annotation);
  return annotation;
}

/**
 * Changes kind or note. The caller sends the version it edited; if someone saved in between,
 * the write is refused with the current annotation so the person can compare and re-apply.
 */
export async function updateAnnotation(actor: SessionUser, annotationId: string, input: AnnotationUpdateInput): Promise<AnnotationView> {
  return db.$transaction(async (tx) => {
    const before = await lockEditableAnnotation(tx, actor, annotationId);
    if (before.version !== input.version) {
      throw new ConflictError("Someone else changed this annotation while you were editing it.", {
        current: toAnnotationView(before, actor),
      });
    }
    const note = input.note === undefined ? undefined : sanitizeNote(input.note);
    const row = await tx.annotation.update({
      where: { id: annotationId },
      data: { kind: input.kind, note, version: { increment: 1 } },
      include: annotationInclude,
    });
    await recordActivity(tx, {
      version: row.version,
      actorId: actor.id,
      action: "annotation.updated",
      entityType: "Annotation",
      entityId: annotationId,
      articleId: row.articleId,
      annotationId,
      before: { kind: before.kind, note: before.note },
      after: { kind: row.kind, note: row.note },
    });
    return toAnnotationView(row, actor);
  });
}
