import { z } from "zod";
import { liveChangeSchema, type LiveChange } from "../contracts/live";
import type { FeedAction } from "../vocabulary/actions";
import { db, type Tx } from "../db/client";
import { Prisma } from "../db/generated/client";
import { UTC_NOW } from "../db/utc-now";
import { NotFoundError, ValidationError } from "../errors/domain-error";

/**
 * What changed on an article, as stored on its feed: ids and versions, never content (a page's
 * frame may add the annotation, read for its viewer: lib/realtime/live-annotation.ts). One member
 * of the live feed's union (lib/contracts/live.ts), told apart by its type.
 */
export type ArticleEvent = LiveChange;

/** The activity actions that are news on an article's feed (lib/vocabulary/actions.ts says which). */
export type ArticleEventType = FeedAction;

/**
 * Takes the article's change lock for the rest of the transaction. Every write that publishes to
 * an article's feed calls this before it locks anything else of the article, so writers always
 * lock in the same order (article, then annotations) and cannot deadlock; holding it until commit
 * is also what makes the feed's numbers follow commit order.
 */
export async function lockArticleForChange(tx: Tx, articleId: string): Promise<void> {
  await lockArticle(tx, articleId, Prisma.empty, lockedRow);
}

/**
 * Takes the article's change lock (as lockArticleForChange; taking it again in the same
 * transaction is harmless) and reads its text in the same statement: a write checked against the
 * words, such as a new annotation's anchor, needs both and should not pay two round trips.
 * PostgreSQL returns the text as of the lock, even when it waited for another writer.
 */
export async function lockArticleReadingText(tx: Tx, articleId: string): Promise<{ text: string }> {
  const row = await lockArticle(tx, articleId, Prisma.sql`, a.text`, lockedRowWithText);
  return { text: row.text };
}

const lockedRow = z.object({ archived: z.boolean() });
const lockedRowWithText = lockedRow.extend({ text: z.string() });

/** Locks the article, reading `columns` with it (`row` says what they are). */
async function lockArticle<S extends typeof lockedRow>(tx: Tx, articleId: string, columns: Prisma.Sql, row: S): Promise<z.output<S>> {
  const rows = await tx.$queryRaw<unknown[]>`
    SELECT s."archivedAt" IS NOT NULL AS archived ${columns}
    FROM "Article" a JOIN "Story" s ON s.id = a."storyId"
    WHERE a.id = ${articleId} FOR NO KEY UPDATE OF a`;
  if (rows.length === 0) throw new NotFoundError("That article");
  const locked = row.parse(rows[0]);
  // An archived story is kept as it was: read, reported on, never changed.
  if (locked.archived) throw new ValidationError(ARCHIVED_STORY_MESSAGE);
  return locked;
}

/**
 * One change to an article (or to what it holds), in one transaction that takes the article's
 * change lock first; `change` then loads, checks, writes and records the activity
 * (lib/activity/record-activity.ts), and anything it throws undoes it all.
 */
export function withArticleChange<T>(articleId: string, change: (tx: Tx) => Promise<T>, options?: { timeout?: number }): Promise<T> {
  return db.$transaction(async (tx) => {
    await lockArticleForChange(tx, articleId);
    return change(tx);
  }, options);
}

export const ARCHIVED_STORY_MESSAGE = "This story is archived: its articles can be read but not changed. Restore the story to work on it again.";

/** Locks the article an annotation belongs to (see lockArticleForChange) and returns its id. */
export async function lockAnnotationArticle(tx: Tx, annotationId: string): Promise<string> {
  const annotation = await tx.annotation.findUnique({ where: { id: annotationId }, select: { articleId: true } });
  if (!annotation) throw new NotFoundError("That annotation");
  await lockArticleForChange(tx, annotation.articleId);
  return annotation.articleId;
}

export type ArticleEventInput = Omit<ArticleEvent, "seq" | "annotationId" | "version"> & {
  annotationId?: string | null;
  version?: number | null;
};

/**
 * One statement that takes the article's next feed number and appends the entry under it,
 * returning the number. It runs in the caller's transaction; a database trigger announces the
 * entry to every app instance when (and only if) that commits. `alongside` is a data-modifying
 * CTE run in the same statement (the audit record the entry announces,
 * lib/activity/record-activity.ts): a write's bookkeeping is one round trip, not three.
 */
export function feedAppendStatement(event: ArticleEventInput, alongside?: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH ${alongside ? Prisma.sql`${alongside},` : Prisma.empty}
    next AS (UPDATE "Article" SET "eventSeq" = "eventSeq" + 1 WHERE id = ${event.articleId} RETURNING "eventSeq")
    INSERT INTO "ArticleEvent" ("articleId", seq, type, "entityId", "annotationId", version, "actorId", "createdAt")
    SELECT ${event.articleId}, "eventSeq", ${event.type}, ${event.entityId}, ${event.annotationId ?? null}, ${event.version ?? null}::int, ${event.actorId}, ${UTC_NOW}
    FROM next
    RETURNING seq`;
}

/** The number of the article's latest event: where a page rendered now starts listening. */
export async function currentArticleSeq(articleId: string): Promise<number> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { eventSeq: true } });
  if (!article) throw new NotFoundError("That article");
  return article.eventSeq;
}

/** Events after `afterSeq`, oldest first, at most `limit`. */
export async function listArticleEvents(articleId: string, afterSeq: number, limit: number): Promise<ArticleEvent[]> {
  const rows = await db.articleEvent.findMany({
    where: { articleId, seq: { gt: afterSeq } },
    orderBy: { seq: "asc" },
    take: limit,
    select: { articleId: true, seq: true, type: true, entityId: true, annotationId: true, version: true, actorId: true },
  });
  return rows.map((row) => liveChangeSchema.parse(row));
}
