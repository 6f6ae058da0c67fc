import { articleLiveChangeSchema, type ArticleLiveChange } from "../contracts/live";
import type { FeedAction } from "../vocabulary/actions";
import { db } from "../db/client";
import { NotFoundError } from "../errors/domain-error";

/**
 * What changed on an article, as stored on its feed (by the write path, lib/changes): ids and
 * versions, never content (a page's frame may add the annotation, read for its viewer:
 * lib/realtime/live-annotation.ts). One member of the live feed's union (lib/contracts/live.ts),
 * told apart by its type.
 */
export type ArticleEvent = ArticleLiveChange;

/** The activity actions that are news on an article's feed (lib/vocabulary/actions.ts says which). */
export type ArticleEventType = FeedAction;

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
  return rows.map((row) => articleLiveChangeSchema.parse(row));
}
