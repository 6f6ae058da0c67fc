import { hasRole } from "../auth/roles";
import type { SessionUser } from "../auth/session";
import { ForbiddenError } from "../errors/domain-error";

/** The author, editors and admins may change an annotation; everyone else reads it. */
export function canEditAnnotation(user: SessionUser, annotation: { authorId: string }): boolean {
  return annotation.authorId === user.id || hasRole(user.role, "EDITOR");
}

export function assertCanEditAnnotation(user: SessionUser, annotation: { authorId: string }): void {
  if (!canEditAnnotation(user, annotation)) {
    throw new ForbiddenError("Only the annotation's author, an editor or an admin can change it.");
  }
}
