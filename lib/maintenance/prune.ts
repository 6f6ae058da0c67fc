import { db } from "../db/client";
import { MAX_REPLAY } from "../realtime/article-stream";
import { THROTTLE } from "../auth/throttle";

/**
 * How long the tables that only grow keep their rows:
 * - sign-in attempts: a day (throttling reads the last 15 minutes; the rest is for a person
 *   looking into a burst of failures);
 * - each article's live feed: its last MAX_REPLAY entries (a page further behind is told to
 *   reload instead of replaying, so older entries are never read), and as many of each story's;
 * - page copies taken for an import preview that was never imported: a day.
 * The audit trail (Activity) and article versions are kept for good.
 */
export const RETENTION = { loginAttemptsHours: 24, feedEntriesPerArticle: MAX_REPLAY, unusedPreviewHours: 24 } as const;

export async function pruneOldRecords(now = new Date()): Promise<{ loginAttempts: number; feedEntries: number; unusedPreviews: number }> {
  const cutoff = new Date(now.getTime() - Math.max(RETENTION.loginAttemptsHours * 60, THROTTLE.windowMinutes) * 60_000);
  const { count: loginAttempts } = await db.loginAttempt.deleteMany({ where: { createdAt: { lt: cutoff } } });
  const feedEntries = await db.$executeRaw`
    DELETE FROM "ArticleEvent" e USING "Article" a
    WHERE e."articleId" = a.id AND e.seq <= a."eventSeq" - ${RETENTION.feedEntriesPerArticle}`;
  const storyFeedEntries = await db.$executeRaw`
    DELETE FROM "StoryEvent" e USING "Story" s
    WHERE e."storyId" = s.id AND e.seq <= s."eventSeq" - ${RETENTION.feedEntriesPerArticle}`;
  const previewCutoff = new Date(now.getTime() - RETENTION.unusedPreviewHours * 3_600_000);
  const { count: unusedPreviews } = await db.pageArchive.deleteMany({
    where: { takenAt: { lt: previewCutoff }, checks: { none: {} }, articles: { none: {} }, sources: { none: {} } },
  });
  return { loginAttempts, feedEntries: feedEntries + storyFeedEntries, unusedPreviews };
}

export const PRUNE_TASK = "prune-old-records";
/** The prune job's schedule (crontab): every ten minutes, on one instance at a time. */
export const PRUNE_SCHEDULE = "*/10 * * * *";
