import type { SessionUser } from "../auth/session";
import type { Tx } from "../db/client";
import { ConflictError, NotFoundError } from "../errors/domain-error";
import { runChange, type ArticleChange } from "../changes/run-change";
import { toAnnotationView } from "./annotation-view";
import { readAnnotationRow } from "./annotation-rows";

/**
 * Locks an annotation's row and loads it as it is now, for a change whose transaction already
 * holds its article's change lock (runChange with the annotation or its article as the scope):
 * the one order that cannot deadlock is the article, then the annotation. A deleted annotation is
 * "not found" unless the change is about deleted ones (restoring).
 */
export async function lockAnnotationForChange(tx: Tx, annotationId: string, { deleted = false } = {}) {
  await tx.$queryRaw`SELECT id FROM "Annotation" WHERE id = ${annotationId} FOR UPDATE`;
  const annotation = await readAnnotationRow(annotationId, tx);
  if (!annotation || (annotation.deletedAt !== null) !== deleted) throw new NotFoundError(deleted ? "That deleted annotation" : "That annotation");
  return annotation;
}

export type LockedAnnotation = Awaited<ReturnType<typeof lockAnnotationForChange>>;

/**
 * One change to one annotation by `actor`, on the write path (lib/changes): its article locked,
 * then the annotation locked and loaded (see lockAnnotationForChange); `change` checks what it
 * must, writes and records; anything it throws undoes it all.
 */
export function withAnnotationChange<T>(
  actor: SessionUser,
  annotationId: string,
  change: (change: ArticleChange<SessionUser>, annotation: LockedAnnotation) => Promise<T>,
  options: { deleted?: boolean } = {},
): Promise<T> {
  return runChange(actor, { annotation: annotationId }, async (unit) => change(unit, await lockAnnotationForChange(unit.tx, annotationId, options)));
}

/** Refuses a change based on a version someone else has since replaced, with the current one to compare. */
export function assertVersion(before: LockedAnnotation, version: number, actor: SessionUser, message: string): void {
  if (before.version !== version) throw new ConflictError(message, { current: toAnnotationView(before, actor) });
}
