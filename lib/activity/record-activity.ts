import type { Tx } from "../db/client";
import { publishArticleEvent, type ArticleEventType } from "../realtime/article-feed";

export interface ActivityInput {
  actorId: string;
  action: ArticleEventType | "story.created" | "story.updated" | "settings.updated";
  entityType: "Article" | "Annotation" | "Source" | "Comment" | "User" | "Story" | "Setting";
  entityId: string;
  articleId?: string;
  annotationId?: string;
  before?: object | null;
  after?: object | null;
  /** The annotation's (or article's) version after the change, for the live feed. */
  version?: number;
}

/**
 * Appends one audit record. Takes the caller's transaction so the record and the change it
 * describes are committed together or not at all. Whatever happens to an article is also news for
 * the people on it: the same transaction appends it to the article's live feed (the caller holds
 * the article's change lock; see lib/realtime/article-feed.ts).
 */
export async function recordActivity(tx: Tx, input: ActivityInput): Promise<void> {
  const { version, ...activity } = input;
  await tx.activity.create({
    data: {
      ...activity,
      before: input.before ?? undefined,
      after: input.after ?? undefined,
    },
  });
  if (input.articleId) {
    await publishArticleEvent(tx, {
      articleId: input.articleId,
      type: input.action as ArticleEventType,
      entityId: input.entityId,
      annotationId: input.annotationId,
      version,
      actorId: input.actorId,
    });
  }
}
