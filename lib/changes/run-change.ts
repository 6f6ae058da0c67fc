import { recordQuietActivities, type ActivityInput } from "../activity/record-activity";
import { db, type Tx } from "../db/client";
import { lockAnnotationArticle, lockArticleForChange, lockArticleReadingText } from "./article-lock";
import { recordChange } from "./record-change";
import { lockStoryForChange } from "./story-lock";

/** Who makes a change: a person signed in, or the account a background task acts for. */
export interface Actor {
  id: string;
}

/**
 * What a change is about, which says what it locks and where its records are filed:
 * - an article, or the article an annotation belongs to: the article's change lock (with its text
 *   read in the same statement when asked); records in the article's history, news on its feed;
 * - a story: the story's change lock; records in the story's history, news on the story's feed
 *   (what belongs to the story rather than one article: its ledger);
 * - the desk: nothing to lock (accounts, settings, stories, publications, a new article); each
 *   record names what it is filed under.
 */
export type ChangeScope = { article: string; withText?: true } | { annotation: string } | { story: string } | { desk: true };

/** An audit record of the change: who made it, and by default where it is filed, come from the change. */
export type ChangeRecord = Omit<ActivityInput, "actorId">;

export interface DeskChange<A extends Actor = Actor> {
  /** The change's transaction: everything it reads and writes goes through it. */
  tx: Tx;
  actor: A;
  /** Appends an audit record and, when it is news, its live event, announced once the change commits. */
  record(entry: ChangeRecord): Promise<void>;
  /** Appends records that are not news of their own (a correction's effect on each annotation), in one statement. */
  recordQuietly(entries: ChangeRecord[]): Promise<void>;
}

export interface ArticleChange<A extends Actor = Actor> extends DeskChange<A> {
  articleId: string;
}

export interface StoryChange<A extends Actor = Actor> extends DeskChange<A> {
  storyId: string;
}

export type ChangeOf<S extends ChangeScope, A extends Actor = Actor> = S extends { story: string }
  ? StoryChange<A>
  : S extends { desk: true }
    ? DeskChange<A>
    : S extends { withText: true }
      ? ArticleChange<A> & { text: string }
      : ArticleChange<A>;

export interface ChangeOptions {
  /** For the few changes that touch thousands of rows (a text correction, accepting every suggestion). */
  timeout?: number;
}

/** Takes the scope's lock and says where the change's records are filed. */
async function lockScope(tx: Tx, scope: ChangeScope): Promise<{ articleId?: string; storyId?: string; text?: string }> {
  if ("article" in scope) {
    if (scope.withText) return { articleId: scope.article, text: (await lockArticleReadingText(tx, scope.article)).text };
    await lockArticleForChange(tx, scope.article);
    return { articleId: scope.article };
  }
  if ("annotation" in scope) return { articleId: await lockAnnotationArticle(tx, scope.annotation) };
  if ("story" in scope) {
    await lockStoryForChange(tx, scope.story);
    return { storyId: scope.story };
  }
  return {};
}

/**
 * The one write path for the desk's work: one transaction that first takes the lock of what the
 * change is about (so writers of one article, or of one story's ledger, go one at a time and in
 * the same order, and cannot deadlock), then runs `work`, which loads, checks, writes and records
 * through the change it is given. Anything `work` throws undoes it all, records and live events
 * included; the live events reach the open pages only once it commits.
 */
export function runChange<A extends Actor, S extends ChangeScope, T>(
  actor: A,
  scope: S,
  work: (change: ChangeOf<S, A>) => Promise<T>,
  options?: ChangeOptions,
): Promise<T> {
  return db.$transaction(async (tx) => {
    const filed = await lockScope(tx, scope);
    const where = { articleId: filed.articleId, storyId: filed.storyId };
    const change: DeskChange<A> & typeof filed = {
      ...filed,
      tx,
      actor,
      record: (entry) => recordChange(tx, { actorId: actor.id, ...where, ...entry }),
      recordQuietly: (entries) => recordQuietActivities(tx, entries.map((entry) => ({ actorId: actor.id, ...where, ...entry }))),
    };
    return work(change as ChangeOf<S, A>);
  }, options);
}
