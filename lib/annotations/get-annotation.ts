import type { SessionUser } from "../auth/session";
import { NotFoundError } from "../errors/domain-error";
import { readAnnotationRow } from "./annotation-rows";
import { toAnnotationView, type AnnotationView } from "./annotation-view";

export async function getAnnotation(viewer: SessionUser, annotationId: string): Promise<AnnotationView> {
  const row = await readAnnotationRow(annotationId);
  if (!row || row.deletedAt) throw new NotFoundError("That annotation");
  return toAnnotationView(row, viewer);
}
