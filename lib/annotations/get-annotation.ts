import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { NotFoundError } from "../errors/domain-error";
import { annotationInclude, toAnnotationView, type AnnotationView } from "./annotation-view";

export async function getAnnotation(viewer: SessionUser, annotationId: string): Promise<AnnotationView> {
  const row = await db.annotation.findUnique({ where: { id: annotationId }, include: annotationInclude });
  if (!row || row.deletedAt) throw new NotFoundError("That annotation");
  return toAnnotationView(row, viewer);
}
