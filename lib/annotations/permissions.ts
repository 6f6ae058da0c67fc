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

/**
 * Deleting takes an annotation out of the report; once an editor approved it, that is an
 * editor's decision, not its author's.
 */
export function canDeleteAnnotation(user: SessionUser, annotation: { authorId: string; status: string }): boolean {
  if (hasRole(user.role, "EDITOR")) return true;
  return annotation.authorId === user.id && annotation.status !== "APPROVED";
}

export function assertCanDeleteAnnotation(user: SessionUser, annotation: { authorId: string; status: string }): void {
  if (!canDeleteAnnotation(user, annotation)) {
    throw new ForbiddenError(
      annotation.authorId === user.id
        ? "This annotation is approved: only an editor can delete it now."
        : "Only the annotation's author, an editor or an admin can delete it.",
    );
  }
}

/** Whoever deleted an annotation may restore it; what someone else deleted needs an editor. */
export function assertCanRestoreAnnotation(user: SessionUser, annotation: { authorId: string; deletedById: string | null }): void {
  if (hasRole(user.role, "EDITOR")) return;
  if (annotation.authorId === user.id && annotation.deletedById === user.id) return;
  throw new ForbiddenError(
    annotation.authorId === user.id
      ? "An editor deleted this annotation: only an editor can restore it."
      : "Only the annotation's author, an editor or an admin can restore it.",
  );
}
