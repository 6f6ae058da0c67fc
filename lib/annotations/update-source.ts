import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session";
import { db, type Tx } from "../db/client";
import { NotFoundError, ValidationError } from "../errors/domain-error";
import type { SourceUpdateInput } from "../validation/annotation-schemas";
import { accessedDate } from "./add-source";
import { annotationInclude, toAnnotationView, type AnnotationView } from "./annotation-view";
import { lockEditableAnnotation } from "./update-annotation";

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

export async function updateSource(actor: SessionUser, sourceId: string, input: SourceUpdateInput): Promise<AnnotationView> {
  return db.$transaction(async (tx) => {
    const { source, annotation } = await loadSource(tx, actor, sourceId);
    if (input.url !== undefined && source.linkedAnnotationId) {
      throw new ValidationError("This source is a corroborating annotation; remove it and add a web source instead.");
    }
    const after = await tx.source.update({
      where: { id: sourceId },
      data: { ...input, accessedAt: accessedDate(input.accessedAt) },
    });
    await recordActivity(tx, {
      actorId: actor.id,
      action: "source.updated",
      entityType: "Source",
      entityId: sourceId,
      articleId: annotation.articleId,
      annotationId: annotation.id,
      before: snapshot(source),
      after: snapshot(after),
    });
    const row = await tx.annotation.findUniqueOrThrow({ where: { id: annotation.id }, include: annotationInclude });
    return toAnnotationView(row, actor);
  });
}

export async function removeSource(actor: SessionUser, sourceId: string): Promise<AnnotationView> {
  return db.$transaction(async (tx) => {
    const { source, annotation } = await loadSource(tx, actor, sourceId);
    await tx.source.delete({ where: { id: sourceId } });
    await recordActivity(tx, {
      actorId: actor.id,
      action: "source.removed",
      entityType: "Source",
      entityId: sourceId,
      articleId: annotation.articleId,
      annotationId: annotation.id,
      before: { ...snapshot(source), linkedAnnotationId: source.linkedAnnotationId },
    });
    const row = await tx.annotation.findUniqueOrThrow({ where: { id: annotation.id }, include: annotationInclude });
    return toAnnotationView(row, actor);
  });
}
