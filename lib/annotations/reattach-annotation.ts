import { checkAnchor } from "../anchoring/selectors";
import type { SessionUser } from "../auth/session";
import { ValidationError } from "../errors/domain-error";
import { toAnnotationView, type AnnotationView } from "./annotation-view";
import { assertCan } from "../policy/policy";
import { assertVersion, withAnnotationChange } from "./annotation-change";
import { writeContentChange } from "./update-annotation";

/**
 * Attaches an orphaned annotation to newly selected text of the current article. Only orphans:
 * moving a placed annotation to other words would change what a reviewer saw under its verdict.
 */
export async function reattachAnnotation(
  actor: SessionUser,
  annotationId: string,
  input: { version: number; start: number; end: number; exact: string },
): Promise<AnnotationView> {
  return withAnnotationChange(actor, annotationId, async ({ tx, record }, before) => {
    assertCan(actor, "annotation.edit", before);
    assertVersion(before, input.version, actor, "Someone else changed this annotation meanwhile.");
    if (!before.orphaned) {
      throw new ValidationError("Only an annotation that lost its place can be re-attached. To tag other words, create a new annotation.");
    }
    const article = await tx.article.findUniqueOrThrow({ where: { id: before.articleId }, select: { text: true } });
    const check = checkAnchor(article.text, input);
    if (!check.ok) throw new ValidationError(check.message);
    const { row, review } = await writeContentChange(tx, actor, before, { ...check.anchor, orphaned: false });
    await record({
      version: row.version,
      action: "annotation.reattached",
      entityId: annotationId,
      annotationId,
      before: { exact: before.exact, orphaned: before.orphaned, ...review.before },
      after: { exact: row.exact, start: row.start, end: row.end, ...review.after },
    });
    return toAnnotationView(row, actor);
  });
}
