import { assertCan } from "../policy/policy";
import type { SessionUser } from "../auth/session";
import { runChange } from "../changes/run-change";
import type { Tx } from "../db/client";
import { NotFoundError, ValidationError } from "../errors/domain-error";
import { toAnnotationView, type AnnotationView } from "../annotations/annotation-view";
import { updateAnnotationRow } from "../annotations/annotation-rows";

async function checkAssignee(tx: Tx, assigneeId: string | null) {
  if (!assigneeId) return null;
  const person = await tx.user.findUnique({ where: { id: assigneeId }, select: { id: true, name: true, disabled: true } });
  if (!person || person.disabled) throw new ValidationError("That person cannot be assigned: their account was not found or is disabled.");
  return person;
}

export async function assignAnnotation(actor: SessionUser, annotationId: string, assigneeId: string | null): Promise<AnnotationView> {
  assertCan(actor, "work.assign");
  return runChange(actor, { annotation: annotationId }, async ({ tx, record }) => {
    const person = await checkAssignee(tx, assigneeId);
    const before = await tx.annotation.findUnique({ where: { id: annotationId }, select: { assigneeId: true, articleId: true, deletedAt: true } });
    if (!before || before.deletedAt) throw new NotFoundError("That annotation");
    const row = await updateAnnotationRow(tx, annotationId, { assigneeId });
    await record({
      version: row.version,
      action: "annotation.assigned",
      entityId: annotationId,
      annotationId,
      before: { assigneeId: before.assigneeId },
      after: { assigneeId, assigneeName: person?.name ?? null },
    });
    return toAnnotationView(row, actor);
  });
}

export async function assignArticle(actor: SessionUser, articleId: string, assigneeId: string | null) {
  assertCan(actor, "work.assign");
  return runChange(actor, { article: articleId }, async ({ tx, record }) => {
    const person = await checkAssignee(tx, assigneeId);
    const before = await tx.article.findUnique({ where: { id: articleId }, select: { assigneeId: true } });
    if (!before) throw new NotFoundError("That article");
    await tx.article.update({ where: { id: articleId }, data: { assigneeId } });
    await record({
      action: "article.assigned",
      entityId: articleId,
      before: { assigneeId: before.assigneeId },
      after: { assigneeId, assigneeName: person?.name ?? null },
    });
    return { id: articleId, assignee: person ? { id: person.id, name: person.name } : null };
  });
}
