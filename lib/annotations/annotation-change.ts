import type { SessionUser } from "../auth/session";
import { db, type Tx } from "../db/client";
import { ConflictError, NotFoundError } from "../errors/domain-error";
import { lockAnnotationArticle } from "../realtime/article-feed";
import { annotationInclude, toAnnotationView } from "./annotation-view";

/**
 * The first steps of every change to an annotation, in the one order that cannot deadlock: the
 * article's change lock (which also refuses an archived story and orders the live feed), then
 * the annotation's row, then the row itself as it is now. A deleted annotation is "not found"
 * unless the change is about deleted ones (restoring).
 */
export async function lockAnnotationForChange(tx: Tx, annotationId: string, { deleted = false } = {}) {
  await lockAnnotationArticle(tx, annotationId);
  await tx.$queryRaw`SELECT id FROM "Annotation" WHERE id = ${annotationId} FOR UPDATE`;
  const annotation = await tx.annotation.findUnique({ where: { id: annotationId }, include: annotationInclude });
  if (!annotation || (annotation.deletedAt !== null) !== deleted) throw new NotFoundError(deleted ? "That deleted annotation" : "That annotation");
  return annotation;
}

export type LockedAnnotation = Awaited<ReturnType<typeof lockAnnotationForChange>>;

/**
 * One change to one annotation, in one transaction: locked and loaded (see lockAnnotationForChange),
 * then `change` checks what it must, writes and records the activity (lib/activity) before the
 * transaction commits; anything it throws undoes it all.
 */
export function withAnnotationChange<T>(
  annotationId: string,
  change: (tx: Tx, annotation: LockedAnnotation) => Promise<T>,
  options: { deleted?: boolean } = {},
): Promise<T> {
  return db.$transaction(async (tx) => change(tx, await lockAnnotationForChange(tx, annotationId, options)));
}

/** Refuses a change based on a version someone else has since replaced, with the current one to compare. */
export function assertVersion(before: LockedAnnotation, version: number, actor: SessionUser, message: string): void {
  if (before.version !== version) throw new ConflictError(message, { current: toAnnotationView(before, actor) });
}
