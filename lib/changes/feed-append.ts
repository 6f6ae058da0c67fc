import type { FeedAction } from "../vocabulary/actions";
import { Prisma } from "../db/generated/client";
import { UTC_NOW } from "../db/utc-now";

/** A live event as the write path appends it; the feed gives it its number (lib/realtime reads it back). */
export interface FeedEntryInput {
  type: FeedAction;
  entityId: string;
  actorId: string;
}

/**
 * One statement that takes the article's next feed number and appends the entry under it,
 * returning the number. It runs in the caller's transaction, which holds the article's change
 * lock; a database trigger announces the entry to every app instance when (and only if) that
 * commits. `alongside` is a data-modifying CTE run in the same statement (the audit record the
 * entry announces): a write's bookkeeping is one round trip, not three.
 */
export function articleFeedAppend(
  event: FeedEntryInput & { articleId: string; annotationId?: string | null; version?: number | null },
  alongside?: Prisma.Sql,
): Prisma.Sql {
  return Prisma.sql`
    WITH ${alongside ? Prisma.sql`${alongside},` : Prisma.empty}
    next AS (UPDATE "Article" SET "eventSeq" = "eventSeq" + 1 WHERE id = ${event.articleId} RETURNING "eventSeq")
    INSERT INTO "ArticleEvent" ("articleId", seq, type, "entityId", "annotationId", version, "actorId", "createdAt")
    SELECT ${event.articleId}, "eventSeq", ${event.type}, ${event.entityId}, ${event.annotationId ?? null}, ${event.version ?? null}::int, ${event.actorId}, ${UTC_NOW}
    FROM next
    RETURNING seq`;
}

/** The same for the story's own feed (its ledger's changes), under the story's change lock. */
export function storyFeedAppend(event: FeedEntryInput & { storyId: string }, alongside?: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH ${alongside ? Prisma.sql`${alongside},` : Prisma.empty}
    next AS (UPDATE "Story" SET "eventSeq" = "eventSeq" + 1 WHERE id = ${event.storyId} RETURNING "eventSeq")
    INSERT INTO "StoryEvent" ("storyId", seq, type, "entityId", "actorId", "createdAt")
    SELECT ${event.storyId}, "eventSeq", ${event.type}, ${event.entityId}, ${event.actorId}, ${UTC_NOW}
    FROM next
    RETURNING seq`;
}
