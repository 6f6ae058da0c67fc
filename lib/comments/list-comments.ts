import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { NotFoundError } from "../errors/domain-error";
import { commentInclude, toCommentView, type CommentThread } from "./comment-view";

/** An annotation's discussion: threads oldest first, each with its replies oldest first. */
export async function listComments(viewer: SessionUser, annotationId: string): Promise<CommentThread[]> {
  const annotation = await db.annotation.findUnique({ where: { id: annotationId }, select: { id: true } });
  if (!annotation) throw new NotFoundError("That annotation");
  const rows = await db.comment.findMany({ where: { annotationId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: commentInclude });
  const threads = new Map<string, CommentThread>();
  for (const row of rows) if (!row.parentId) threads.set(row.id, { ...toCommentView(row, viewer), replies: [] });
  for (const row of rows) if (row.parentId) threads.get(row.parentId)?.replies.push(toCommentView(row, viewer));
  // A deleted comment with nothing under it has nothing left to show.
  return [...threads.values()].filter((thread) => !thread.deleted || thread.replies.some((reply) => !reply.deleted))
    .map((thread) => ({ ...thread, replies: thread.replies.filter((reply) => !reply.deleted) }));
}
