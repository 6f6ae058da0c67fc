import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session";
import { db, type Tx } from "../db/client";
import { NotFoundError, ValidationError } from "../errors/domain-error";
import type { SourceRemoveInput, SourceUpdateInput } from "../validation/annotation-schemas";
import { accessedDate } from "./add-source";
import { toAnnotationView, type AnnotationView } from "./annotation-view";
import { assertVersion } from "./annotation-change";
import { lockEditableAnnotation, writeContentChange } from "./update-annotation";
import { pendingArchive, scheduleArchive } from "./archive-queue";

async function loadSource(tx: Tx, actor: SessionUser, sourceId: string) {
  const source = await tx.source.findUnique({ where: { id: sourceId } });
  if (!source) throw new NotFoundError("That source");
  const annotation = await lockEditableAnnotation(tx, actor, source.annotationId);
  return { source, annotation };
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
  const view = await db.$transaction(async (tx) => {
    const { source, annotation } = await loadSource(tx, actor, sourceId);
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
    await recordActivity(tx, {
      version: row.version,
      actorId: actor.id,
      action: "source.updated",
      entityId: sourceId,
      articleId: annotation.articleId,
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
  return db.$transaction(async (tx) => {
    const { source, annotation } = await loadSource(tx, actor, sourceId);
    assertVersion(annotation, input.version, actor, "Someone else changed this annotation or its sources while you were looking at it.");
    await tx.source.delete({ where: { id: sourceId } });
    const { row, review } = await writeContentChange(tx, actor, annotation);
    await recordActivity(tx, {
      version: row.version,
      actorId: actor.id,
      action: "source.removed",
      entityId: sourceId,
      articleId: annotation.articleId,
      annotationId: annotation.id,
      before: { ...snapshot(source), linkedAnnotationId: source.linkedAnnotationId, ...review.before },
      after: review.after,
    });
    return toAnnotationView(row, actor);
  });
}
