import type { SessionUser } from "../auth/session";
import { runBookkeeping } from "../changes/bookkeeping";
import { z } from "zod";
import { db, getPool } from "../db/client";
import type { CheckOutcome, Prisma } from "../db/generated/client";
import { describeOutcome } from "../sources/check-outcome";
import { keysetAfter, keysetOrder, pageOf, type KeyPart, type Page } from "../paging/keyset";
import type { InboxQuery, InboxReadInput } from "../validation/comment-schemas";

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

/** Newest first, in both kinds of entry alike, so the two read side by side make one order. */
export const INBOX_ORDER: readonly KeyPart[] = [
  ["createdAt", "desc"],
  ["id", "desc"],
];
export const INBOX_PER_PAGE = 50;

type Cursor = InboxQuery["cursor"];

async function mentions(user: SessionUser, limit: number, cursor: Cursor): Promise<InboxEntry[]> {
  const rows = await db.mention.findMany({
    where: { userId: user.id, comment: { deletedAt: null }, ...(cursor ? keysetAfter<Prisma.MentionWhereInput>(INBOX_ORDER, cursor) : {}) },
    orderBy: keysetOrder<Prisma.MentionOrderByWithRelationInput>(INBOX_ORDER),
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

async function sourceAlerts(user: SessionUser, limit: number, cursor: Cursor): Promise<InboxEntry[]> {
  const rows = await db.sourceAlert.findMany({
    where: { userId: user.id, check: { source: { annotation: { deletedAt: null } } }, ...(cursor ? keysetAfter<Prisma.SourceAlertWhereInput>(INBOX_ORDER, cursor) : {}) },
    orderBy: keysetOrder<Prisma.SourceAlertOrderByWithRelationInput>(INBOX_ORDER),
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

/**
 * A page of the comments that mention `user` and the re-checks that concern them, newest first:
 * the page's worth of each kind after the cursor, merged, is enough to fill the page.
 */
export async function listInbox(user: SessionUser, query: InboxQuery = {}): Promise<Page<InboxEntry>> {
  const limit = query.limit ?? INBOX_PER_PAGE;
  const entries = (await Promise.all([mentions(user, limit + 1, query.cursor), sourceAlerts(user, limit + 1, query.cursor)])).flat();
  // ISO times of the same length compare as text; the id decides a tie, as in the queries.
  entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || (b.id < a.id ? -1 : b.id > a.id ? 1 : 0));
  return pageOf(entries, limit, (entry) => [entry.createdAt, entry.id]);
}

const unreadRow = z.object({ unread: z.coerce.number().int() });

/** What the header's Inbox link counts on every page: one plain query (lib/db/client.ts getPool). */
export async function countUnread(user: SessionUser): Promise<number> {
  const { rows } = await getPool().query(
    `SELECT (SELECT count(*) FROM "Mention" m JOIN "Comment" c ON c.id = m."commentId"
              WHERE m."userId" = $1 AND m."readAt" IS NULL AND c."deletedAt" IS NULL)
          + (SELECT count(*) FROM "SourceAlert" al JOIN "SourceCheck" ch ON ch.id = al."checkId"
              JOIN "Source" so ON so.id = ch."sourceId" JOIN "Annotation" an ON an.id = so."annotationId"
              WHERE al."userId" = $1 AND al."readAt" IS NULL AND an."deletedAt" IS NULL) AS unread`,
    [user.id],
  );
  return unreadRow.parse(rows[0]).unread;
}

/** Marks the user's own entries read; ids of other people's entries are ignored, not revealed. */
export async function markRead(user: SessionUser, input: InboxReadInput): Promise<{ updated: number }> {
  const where = { userId: user.id, readAt: null, ...(input.all ? {} : { id: { in: input.ids ?? [] } }) };
  const now = new Date();
  const [m, s] = await runBookkeeping(async (tx) => [await tx.mention.updateMany({ where, data: { readAt: now } }), await tx.sourceAlert.updateMany({ where, data: { readAt: now } })]);
  return { updated: m.count + s.count };
}
