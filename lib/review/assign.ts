import { assertCan } from "../policy/policy";
import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session";
import { db, type Tx } from "../db/client";
import { NotFoundError, ValidationError } from "../errors/domain-error";
import { annotationInclude, toAnnotationView, type AnnotationView } from "../annotations/annotation-view";
import { lockAnnotationArticle, withArticleChange } from "../realtime/article-feed";

async function checkAssignee(tx: Tx, actor: SessionUser, assigneeId: string | null) {
  assertCan(actor, "work.assign");
  if (!assigneeId) return null;
  const person = await tx.user.findUnique({ where: { id: assigneeId }, select: { id: true, name: true, disabled: true } });
  if (!person || person.disabled) throw new ValidationError("That person cannot be assigned: their account was not found or is disabled.");
  return person;
}

export async function assignAnnotation(actor: SessionUser, annotationId: string, assigneeId: string | null): Promise<AnnotationView> {
  return db.$transaction(async (tx) => {
    const person = await checkAssignee(tx, actor, assigneeId);
    await lockAnnotationArticle(tx, annotationId);
    const before = await tx.annotation.findUnique({ where: { id: annotationId }, select: { assigneeId: true, articleId: true, deletedAt: true } });
    if (!before || before.deletedAt) throw new NotFoundError("That annotation");
    const row = await tx.annotation.update({ where: { id: annotationId }, data: { assigneeId }, include: annotationInclude });
    await recordActivity(tx, {
      version: row.version,
      actorId: actor.id,
      action: "annotation.assigned",
      entityId: annotationId,
      articleId: before.articleId,
      annotationId,
      before: { assigneeId: before.assigneeId },
      after: { assigneeId, assigneeName: person?.name ?? null },
    });
    return toAnnotationView(row, actor);
  });
}

export async function assignArticle(actor: SessionUser, articleId: string, assigneeId: string | null) {
  return withArticleChange(articleId, async (tx) => {
    const person = await checkAssignee(tx, actor, assigneeId);
    const before = await tx.article.findUnique({ where: { id: articleId }, select: { assigneeId: true } });
    if (!before) throw new NotFoundError("That article");
    await tx.article.update({ where: { id: articleId }, data: { assigneeId } });
    await recordActivity(tx, {
      actorId: actor.id,
      action: "article.assigned",
      entityId: articleId,
      articleId,
      before: { assigneeId: before.assigneeId },
      after: { assigneeId, assigneeName: person?.name ?? null },
    });
    return { id: articleId, assignee: person ? { id: person.id, name: person.name } : null };
  });
}
