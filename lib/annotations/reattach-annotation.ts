import { recordActivity } from "../activity/record-activity";
import { checkAnchor } from "../anchoring/selectors";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { ConflictError, ValidationError } from "../errors/domain-error";
import { annotationInclude, toAnnotationView, type AnnotationView } from "./annotation-view";
import { lockEditableAnnotation } from "./update-annotation";

/** Attaches an annotation (usually an orphaned one) to newly selected text of the current article. */
export async function reattachAnnotation(
  actor: SessionUser,
  annotationId: string,
  input: { version: number; start: number; end: number; exact: string },
): Promise<AnnotationView> {
  return db.$transaction(async (tx) => {
    const before = await lockEditableAnnotation(tx, actor, annotationId);
    if (before.version !== input.version) {
      throw new ConflictError("Someone else changed this annotation meanwhile.", { current: toAnnotationView(before, actor) });
    }
    const article = await tx.article.findUniqueOrThrow({ where: { id: before.articleId }, select: { text: true } });
    const check = checkAnchor(article.text, input);
    if (!check.ok) throw new ValidationError(check.message);
    const row = await tx.annotation.update({
      where: { id: annotationId },
      data: { ...check.anchor, orphaned: false, version: { increment: 1 } },
      include: annotationInclude,
    });
    await recordActivity(tx, {
      version: row.version,
      actorId: actor.id,
      action: "annotation.reattached",
      entityType: "Annotation",
      entityId: annotationId,
      articleId: before.articleId,
      annotationId,
      before: { exact: before.exact, orphaned: before.orphaned },
      after: { exact: row.exact, start: row.start, end: row.end },
    });
    return toAnnotationView(row, actor);
  });
}
