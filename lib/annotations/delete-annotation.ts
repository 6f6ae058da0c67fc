import type { SessionUser } from "../auth/session";
import { assertCan } from "../policy/policy";
import { withAnnotationChange } from "./annotation-change";
import { toAnnotationView, type AnnotationView } from "./annotation-view";
import { updateAnnotationRow } from "./annotation-rows";

/** Soft delete: the row stays (with its sources and history) so the delete can be undone. */
export async function deleteAnnotation(actor: SessionUser, annotationId: string): Promise<AnnotationView> {
  return withAnnotationChange(actor, annotationId, async ({ tx, record }, before) => {
    assertCan(actor, "annotation.delete", before);
    const row = await updateAnnotationRow(tx, annotationId, { deletedAt: new Date(), deletedById: actor.id, version: { increment: 1 } });
    await record({
      version: row.version,
      action: "annotation.deleted",
      entityId: annotationId,
      annotationId,
    });
    return toAnnotationView(row, actor);
  });
}

export async function restoreAnnotation(actor: SessionUser, annotationId: string): Promise<AnnotationView> {
  return withAnnotationChange(
    actor,
    annotationId,
    async ({ tx, record }, before) => {
      assertCan(actor, "annotation.restore", before);
      const row = await updateAnnotationRow(tx, annotationId, { deletedAt: null, deletedById: null, version: { increment: 1 } });
      await record({
        version: row.version,
        action: "annotation.restored",
        entityId: annotationId,
        annotationId,
      });
      return toAnnotationView(row, actor);
    },
    { deleted: true },
  );
}
