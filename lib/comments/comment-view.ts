import { can } from "../policy/policy";
import type { SessionUser } from "../auth/session";
import type { Prisma } from "../db/generated/client";

export const commentInclude = {
  author: { select: { id: true, name: true } },
  mentions: { select: { user: { select: { id: true, name: true } } } },
} satisfies Prisma.CommentInclude;

type CommentRow = Prisma.CommentGetPayload<{ include: typeof commentInclude }>;

export interface CommentView {
  id: string;
  annotationId: string;
  parentId: string | null;
  author: { id: string; name: string };
  /** Empty once deleted: a deleted comment keeps its place in the thread, not its words. */
  body: string;
  mentions: { id: string; name: string }[];
  version: number;
  deleted: boolean;
  edited: boolean;
  createdAt: string;
  canEdit: boolean;
  canDelete: boolean;
}

export interface CommentThread extends CommentView {
  replies: CommentView[];
}

export function toCommentView(row: CommentRow, viewer: SessionUser): CommentView {
  const deleted = row.deletedAt !== null;
  return {
    id: row.id,
    annotationId: row.annotationId,
    parentId: row.parentId,
    author: row.author,
    body: deleted ? "" : row.body,
    mentions: deleted ? [] : row.mentions.map((m) => m.user),
    version: row.version,
    deleted,
    edited: row.version > 1,
    createdAt: row.createdAt.toISOString(),
    canEdit: !deleted && can(viewer, "comment.edit", row),
    canDelete: !deleted && can(viewer, "comment.delete", row),
  };
}
