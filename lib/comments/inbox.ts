import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import type { InboxReadInput } from "../validation/comment-schemas";

export interface InboxEntry {
  id: string;
  read: boolean;
  createdAt: string;
  by: { id: string; name: string };
  excerpt: string;
  annotation: { id: string; exact: string; kind: string };
  article: { id: string; title: string };
}

const EXCERPT = 240;

/** The comments that mention `user`, newest first. */
export async function listInbox(user: SessionUser, limit = 100): Promise<InboxEntry[]> {
  const rows = await db.mention.findMany({
    where: { userId: user.id, comment: { deletedAt: null } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      readAt: true,
      createdAt: true,
      comment: {
        select: {
          body: true,
          author: { select: { id: true, name: true } },
          annotation: { select: { id: true, exact: true, kind: true, article: { select: { id: true, title: true } } } },
        },
      },
    },
  });
  return rows.map(({ id, readAt, createdAt, comment }) => ({
    id,
    read: readAt !== null,
    createdAt: createdAt.toISOString(),
    by: comment.author,
    excerpt: comment.body.length > EXCERPT ? `${comment.body.slice(0, EXCERPT - 1)}…` : comment.body,
    annotation: { id: comment.annotation.id, exact: comment.annotation.exact, kind: comment.annotation.kind },
    article: comment.annotation.article,
  }));
}

export async function countUnread(user: SessionUser): Promise<number> {
  return db.mention.count({ where: { userId: user.id, readAt: null, comment: { deletedAt: null } } });
}

/** Marks the user's own mentions read; ids of other people's mentions are ignored, not revealed. */
export async function markRead(user: SessionUser, input: InboxReadInput): Promise<{ updated: number }> {
  const { count } = await db.mention.updateMany({
    where: { userId: user.id, readAt: null, ...(input.all ? {} : { id: { in: input.ids ?? [] } }) },
    data: { readAt: new Date() },
  });
  return { updated: count };
}
