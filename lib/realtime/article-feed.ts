import type { FeedAction } from "../activity/actions";
import { db, type Tx } from "../db/client";
import { NotFoundError, ValidationError } from "../errors/domain-error";

/** What changed on an article, as stored on its feed: ids and versions, never content (a page's frame may add the annotation, read for its viewer: lib/realtime/live-annotation.ts). */
export interface ArticleEvent {
  articleId: string;
  seq: number;
  type: ArticleEventType;
  entityId: string;
  annotationId: string | null;
  version: number | null;
  actorId: string;
}

/** The activity actions that are news on an article's feed (lib/activity/actions.ts says which). */
export type ArticleEventType = FeedAction;

/**
 * Takes the article's change lock for the rest of the transaction. Every write that publishes to
 * an article's feed calls this before it locks anything else of the article, so writers always
 * lock in the same order (article, then annotations) and cannot deadlock; holding it until commit
 * is also what makes the feed's numbers follow commit order.
 */
export async function lockArticleForChange(tx: Tx, articleId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string; archived: boolean }[]>`
    SELECT a.id, s."archivedAt" IS NOT NULL AS archived
    FROM "Article" a JOIN "Story" s ON s.id = a."storyId"
    WHERE a.id = ${articleId} FOR NO KEY UPDATE OF a`;
  if (rows.length === 0) throw new NotFoundError("That article");
  // An archived story is kept as it was: read, reported on, never changed.
  if (rows[0].archived) throw new ValidationError(ARCHIVED_STORY_MESSAGE);
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
 * Appends an entry to the article's feed inside the caller's transaction; a database trigger
 * announces it to every app instance when (and only if) the transaction commits.
 */
export async function publishArticleEvent(tx: Tx, event: ArticleEventInput): Promise<number> {
  const [{ eventSeq }] = await tx.$queryRaw<{ eventSeq: number }[]>`
    UPDATE "Article" SET "eventSeq" = "eventSeq" + 1 WHERE id = ${event.articleId} RETURNING "eventSeq"`;
  await tx.articleEvent.create({
    data: {
      articleId: event.articleId,
      seq: eventSeq,
      type: event.type,
      entityId: event.entityId,
      annotationId: event.annotationId ?? null,
      version: event.version ?? null,
      actorId: event.actorId,
    },
  });
  return eventSeq;
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
  return rows.map((row) => ({ ...row, type: row.type as ArticleEventType }));
}
