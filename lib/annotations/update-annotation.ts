import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session";
import { db, type Tx } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { ConflictError, NotFoundError } from "../errors/domain-error";
import { lockAnnotationArticle } from "../realtime/article-feed";
import { reviewAfterContentChange, reviewResetRecord } from "../review/content-change";
import type { AnnotationUpdateInput } from "../validation/annotation-schemas";
import { annotationInclude, toAnnotationView, type AnnotationView } from "./annotation-view";
import { sanitizeNote } from "./note-html";
import { assertCan } from "../policy/policy";

/**
 * Loads a live annotation for a change by `actor`, locking its article (see lockArticleForChange)
 * and then its row until the transaction ends.
 */
export async function lockEditableAnnotation(tx: Tx, actor: SessionUser, annotationId: string) {
  await lockAnnotationArticle(tx, annotationId);
  await tx.$queryRaw`SELECT id FROM "Annotation" WHERE id = ${annotationId} FOR UPDATE`;
  const annotation = await tx.annotation.findUnique({ where: { id: annotationId }, include: annotationInclude });
  if (!annotation || annotation.deletedAt) throw new NotFoundError("That annotation");
  assertCan(actor, "annotation.edit", annotation);
  return annotation;
}

export type LockedAnnotation = Awaited<ReturnType<typeof lockEditableAnnotation>>;

/** Refuses a change based on a version someone else has since replaced, with the current one to compare. */
export function assertVersion(before: LockedAnnotation, version: number, actor: SessionUser, message: string): void {
  if (before.version !== version) throw new ConflictError(message, { current: toAnnotationView(before, actor) });
}

/**
 * Writes a change to what an annotation says (kind, note, anchor, sources) on a locked row: a new
 * version, and the review consequences (lib/review/content-change.ts). Returns the new row and
 * the status and verdict before and after for the audit record.
 */
export async function writeContentChange(tx: Tx, actor: SessionUser, before: LockedAnnotation, data: Prisma.AnnotationUncheckedUpdateInput = {}) {
  const reset = reviewAfterContentChange(before, actor.id);
  const row = await tx.annotation.update({
    where: { id: before.id },
    data: { ...data, ...reset, version: { increment: 1 } },
    include: annotationInclude,
  });
  return { row, review: reviewResetRecord(before, reset) };
}

/**
 * Changes kind or note. The caller sends the version it edited; if someone saved in between,
 * the write is refused with the current annotation so the person can compare and re-apply.
 */
export async function updateAnnotation(actor: SessionUser, annotationId: string, input: AnnotationUpdateInput): Promise<AnnotationView> {
  return db.$transaction(async (tx) => {
    const before = await lockEditableAnnotation(tx, actor, annotationId);
    assertVersion(before, input.version, actor, "Someone else changed this annotation while you were editing it.");
    const note = input.note === undefined ? undefined : sanitizeNote(input.note);
    const { row, review } = await writeContentChange(tx, actor, before, { kind: input.kind, note });
    await recordActivity(tx, {
      version: row.version,
      actorId: actor.id,
      action: "annotation.updated",
      entityId: annotationId,
      articleId: row.articleId,
      annotationId,
      before: { kind: before.kind, note: before.note, ...review.before },
      after: { kind: row.kind, note: row.note, ...review.after },
    });
    return toAnnotationView(row, actor);
  });
}
