import type { SessionUser } from "../auth/session";
import type { Tx } from "../db/client";
import { ValidationError } from "../errors/domain-error";
import type { SourceCreateInput } from "../validation/annotation-schemas";
import { toAnnotationView, type AnnotationView } from "./annotation-view";
import { assertCan } from "../policy/policy";
import { withAnnotationChange } from "./annotation-change";
import { writeContentChange } from "./update-annotation";
import { pendingArchive, scheduleArchive } from "./archive-queue";

export function accessedDate(value: string | null | undefined): Date | null | undefined {
  return value === undefined ? undefined : value === null ? null : new Date(`${value}T00:00:00Z`);
}

/** A corroborating annotation must be another live annotation in the same story. */
async function checkCorroboration(tx: Tx, annotation: { id: string; articleId: string }, linkedId: string) {
  if (linkedId === annotation.id) throw new ValidationError("An annotation cannot corroborate itself.");
  // One after the other: a transaction is one connection, and pg queues (and warns about) overlapping queries.
  const own = await tx.article.findUniqueOrThrow({ where: { id: annotation.articleId }, select: { storyId: true } });
  const linked = await tx.annotation.findUnique({ where: { id: linkedId }, select: { deletedAt: true, article: { select: { storyId: true } } } });
  if (!linked || linked.deletedAt) throw new ValidationError("The corroborating annotation was not found.");
  if (linked.article.storyId !== own.storyId) {
    throw new ValidationError("A corroborating annotation must be in the same story.");
  }
}

/**
 * Adds a source and returns the annotation with all its sources. A source is part of what the
 * annotation says: the annotation gets a new version and, if it was decided, goes back to review.
 * A web source's page is then archived in the background (lib/annotations/archive-queue.ts), by a job
 * queued in the same transaction.
 */
export async function addSource(actor: SessionUser, annotationId: string, input: SourceCreateInput): Promise<AnnotationView> {
  const view = await withAnnotationChange(actor, annotationId, async ({ tx, record }, annotation) => {
    assertCan(actor, "annotation.edit", annotation);
    const linkedAnnotationId = input.linkedAnnotationId ?? null;
    if (linkedAnnotationId) await checkCorroboration(tx, annotation, linkedAnnotationId);
    const source = await tx.source.create({
      data: {
        annotationId,
        relation: input.relation,
        url: input.url ?? null,
        linkedAnnotationId,
        title: input.title,
        publisher: input.publisher,
        excerpt: input.excerpt,
        accessedAt: accessedDate(input.accessedAt),
        createdById: actor.id,
        ...pendingArchive(input.url ?? null),
      },
    });
    // In this transaction: the copy is queued exactly when the source is saved.
    if (source.url) await scheduleArchive(tx, source.id, actor.id);
    const { row, review } = await writeContentChange(tx, actor, annotation);
    await record({
      version: row.version,
      action: "source.added",
      entityId: source.id,
      annotationId,
      before: review.before,
      after: { relation: source.relation, url: source.url, title: source.title, linkedAnnotationId, ...review.after },
    });
    return toAnnotationView(row, actor);
  });
  return view;
}
