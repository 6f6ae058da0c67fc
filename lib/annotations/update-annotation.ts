import type { SessionUser } from "../auth/session";
import type { Tx } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { reviewAfterContentChange, reviewResetRecord } from "./content-change";
import type { AnnotationUpdateInput } from "../validation/annotation-schemas";
import { assertVersion, withAnnotationChange, type LockedAnnotation } from "./annotation-change";
import { toAnnotationView, type AnnotationView } from "./annotation-view";
import { updateAnnotationRow } from "./annotation-rows";
import { sanitizeNote } from "./note-html";
import { assertCan } from "../policy/policy";

/**
 * Writes a change to what an annotation says (kind, note, anchor, sources) on a locked row: a new
 * version, and the review consequences (lib/annotations/content-change.ts). Returns the new row and
 * the status and verdict before and after for the audit record.
 */
export async function writeContentChange(tx: Tx, actor: SessionUser, before: LockedAnnotation, data: Prisma.AnnotationUncheckedUpdateInput = {}) {
  const reset = reviewAfterContentChange(before, actor.id);
  const row = await updateAnnotationRow(tx, before.id, { ...data, ...reset, version: { increment: 1 } });
  return { row, review: reviewResetRecord(before, reset) };
}

/**
 * Changes kind, note or a figure's value. The caller sends the version it edited; if someone saved in between,
 * the write is refused with the current annotation so the person can compare and re-apply.
 */
export async function updateAnnotation(actor: SessionUser, annotationId: string, input: AnnotationUpdateInput): Promise<AnnotationView> {
  return withAnnotationChange(actor, annotationId, async ({ tx, record }, before) => {
    assertCan(actor, "annotation.edit", before);
    assertVersion(before, input.version, actor, "Someone else changed this annotation while you were editing it.");
    const note = input.note === undefined ? undefined : sanitizeNote(input.note);
    const figure = input.figure && { value: input.figure.value, valueMax: input.figure.valueMax, unit: input.figure.unit };
    const { row, review } = await writeContentChange(tx, actor, before, { kind: input.kind, note, ...figure });
    await record({
      version: row.version,
      action: "annotation.updated",
      entityId: annotationId,
      annotationId,
      before: { kind: before.kind, note: before.note, ...(figure && { value: before.value, valueMax: before.valueMax, unit: before.unit }), ...review.before },
      after: { kind: row.kind, note: row.note, ...(figure && { value: row.value, valueMax: row.valueMax, unit: row.unit }), ...review.after },
    });
    return toAnnotationView(row, actor);
  });
}
