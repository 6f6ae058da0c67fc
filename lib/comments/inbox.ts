import type { SessionUser } from "../auth/session";
import { runBookkeeping } from "../changes/bookkeeping";
import { db } from "../db/client";
import type { CheckOutcome } from "../db/generated/client";
import { describeOutcome } from "../sources/check-outcome";
import type { InboxReadInput } from "../validation/comment-schemas";

interface EntryBase {
  id: string;
  read: boolean;
  createdAt: string;
  annotation: { id: string; exact: string; kind: string };
  article: { id: string; title: string };
}

/** A comment that mentions the reader, or a scheduled re-check that found a cited page changed or gone. */
export type InboxEntry =
  | (EntryBase & { kind: "mention"; by: { id: string; name: string }; excerpt: string })
  | (EntryBase & { kind: "source"; outcome: CheckOutcome; message: string; source: { id: string; url: string; title: string } });

const EXCERPT = 240;

/** What an entry says of the annotation it is about, whichever kind of entry it is. */
const aboutAnnotation = { select: { id: true, exact: true, kind: true, article: { select: { id: true, title: true } } } } as const;

async function mentions(user: SessionUser, limit: number): Promise<InboxEntry[]> {
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
          annotation: aboutAnnotation,
        },
      },
    },
  });
  return rows.map(({ id, readAt, createdAt, comment }) => ({
    kind: "mention",
    id,
    read: readAt !== null,
    createdAt: createdAt.toISOString(),
    by: comment.author,
    excerpt: comment.body.length > EXCERPT ? `${comment.body.slice(0, EXCERPT - 1)}…` : comment.body,
    annotation: { id: comment.annotation.id, exact: comment.annotation.exact, kind: comment.annotation.kind },
    article: comment.annotation.article,
  }));
}

async function sourceAlerts(user: SessionUser, limit: number): Promise<InboxEntry[]> {
  const rows = await db.sourceAlert.findMany({
    where: { userId: user.id, check: { source: { annotation: { deletedAt: null } } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      readAt: true,
      createdAt: true,
      check: {
        select: {
          outcome: true,
          source: {
            select: { id: true, url: true, title: true, annotation: aboutAnnotation },
          },
        },
      },
    },
  });
  return rows.map(({ id, readAt, createdAt, check: { outcome, source } }) => ({
    kind: "source",
    id,
    read: readAt !== null,
    createdAt: createdAt.toISOString(),
    outcome,
    message: describeOutcome(outcome),
    source: { id: source.id, url: source.url ?? "", title: source.title },
    annotation: { id: source.annotation.id, exact: source.annotation.exact, kind: source.annotation.kind },
    article: source.annotation.article,
  }));
}

/** The comments that mention `user` and the re-checks that concern them, newest first. */
export async function listInbox(user: SessionUser, limit = 100): Promise<InboxEntry[]> {
  const entries = (await Promise.all([mentions(user, limit), sourceAlerts(user, limit)])).flat();
  return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id)).slice(0, limit);
}

export async function countUnread(user: SessionUser): Promise<number> {
  const [unreadMentions, unreadAlerts] = await Promise.all([
    db.mention.count({ where: { userId: user.id, readAt: null, comment: { deletedAt: null } } }),
    db.sourceAlert.count({ where: { userId: user.id, readAt: null, check: { source: { annotation: { deletedAt: null } } } } }),
  ]);
  return unreadMentions + unreadAlerts;
}

/** Marks the user's own entries read; ids of other people's entries are ignored, not revealed. */
export async function markRead(user: SessionUser, input: InboxReadInput): Promise<{ updated: number }> {
  const where = { userId: user.id, readAt: null, ...(input.all ? {} : { id: { in: input.ids ?? [] } }) };
  const now = new Date();
  const [m, s] = await runBookkeeping(async (tx) => [await tx.mention.updateMany({ where, data: { readAt: now } }), await tx.sourceAlert.updateMany({ where, data: { readAt: now } })]);
  return { updated: m.count + s.count };
}
