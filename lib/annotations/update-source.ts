import type { SessionUser } from "../auth/session";
import type { ArticleChange } from "../changes/run-change";
import { db } from "../db/client";
import type { Source } from "../db/generated/client";
import { NotFoundError, ValidationError } from "../errors/domain-error";
import { assertCan } from "../policy/policy";
import type { SourceRemoveInput, SourceUpdateInput } from "../validation/annotation-schemas";
import { accessedDate } from "./add-source";
import { toAnnotationView, type AnnotationView } from "./annotation-view";
import { assertVersion, withAnnotationChange, type LockedAnnotation } from "./annotation-change";
import { writeContentChange } from "./update-annotation";
import { pendingArchive, scheduleArchive } from "./archive-queue";

/**
 * One change to a source, as a change to its annotation (which `actor` must be allowed to edit),
 * with the source as it is once the annotation is locked. A source never moves to another
 * annotation, so which one it belongs to is read before the change takes its locks.
 */
async function withSourceChange<T>(
  actor: SessionUser,
  sourceId: string,
  work: (change: ArticleChange<SessionUser>, source: Source, annotation: LockedAnnotation) => Promise<T>,
): Promise<T> {
  const found = await db.source.findUnique({ where: { id: sourceId }, select: { annotationId: true } });
  if (!found) throw new NotFoundError("That source");
  return withAnnotationChange(actor, found.annotationId, async (change, annotation) => {
    assertCan(actor, "annotation.edit", annotation);
    const source = await change.tx.source.findUnique({ where: { id: sourceId } });
    if (!source) throw new NotFoundError("That source");
    return work(change, source, annotation);
  });
}

const snapshot = (s: { relation: string; url: string | null; title: string; publisher: string; excerpt: string }) => ({
  relation: s.relation,
  url: s.url,
  title: s.title,
  publisher: s.publisher,
  excerpt: s.excerpt,
});

/** Changes a source (a new address is archived afresh). Like any change to what the annotation says, it makes a new version and may reopen review. */
export async function updateSource(actor: SessionUser, sourceId: string, input: SourceUpdateInput): Promise<AnnotationView> {
  const view = await withSourceChange(actor, sourceId, async ({ tx, record }, source, annotation) => {
    const { version, ...fields } = input;
    assertVersion(annotation, version, actor, "Someone else changed this annotation or its sources while you were editing.");
    if (input.url !== undefined && source.linkedAnnotationId) {
      throw new ValidationError("This source is a corroborating annotation; remove it and add a web source instead.");
    }
    // A new address is another page: the old copy is not of it.
    const toArchive = input.url !== undefined && input.url !== source.url;
    const after = await tx.source.update({
      where: { id: sourceId },
      data: { ...fields, accessedAt: accessedDate(input.accessedAt), ...(toArchive ? pendingArchive(input.url ?? null) : {}) },
    });
    if (toArchive && input.url) await scheduleArchive(tx, sourceId, actor.id);
    const { row, review } = await writeContentChange(tx, actor, annotation);
    await record({
      version: row.version,
      action: "source.updated",
      entityId: sourceId,
      annotationId: annotation.id,
      before: { ...snapshot(source), ...review.before },
      after: { ...snapshot(after), ...review.after },
    });
    return toAnnotationView(row, actor);
  });
  return view;
}

/** Removes a source: a change to what the annotation says like any other, so it is refused (409) when made against an older version. */
export async function removeSource(actor: SessionUser, sourceId: string, input: SourceRemoveInput): Promise<AnnotationView> {
  return withSourceChange(actor, sourceId, async ({ tx, record }, source, annotation) => {
    assertVersion(annotation, input.version, actor, "Someone else changed this annotation or its sources while you were looking at it.");
    await tx.source.delete({ where: { id: sourceId } });
    const { row, review } = await writeContentChange(tx, actor, annotation);
    await record({
      version: row.version,
      action: "source.removed",
      entityId: sourceId,
      annotationId: annotation.id,
      before: { ...snapshot(source), linkedAnnotationId: source.linkedAnnotationId, ...review.before },
      after: review.after,
    });
    return toAnnotationView(row, actor);
  });
}
