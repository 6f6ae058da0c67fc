import { isFeedAction } from "../vocabulary/actions";
import { activityInsert, type ActivityInput } from "../activity/record-activity";
import type { Tx } from "../db/client";
import { Prisma } from "../db/generated/client";
import { articleFeedAppend, storyFeedAppend } from "./feed-append";

/**
 * Appends the audit record (lib/activity) and, when it is news (lib/activity/actions.ts says
 * which), the live event on the feed it is filed under, the article's or the story's, in one
 * statement. The caller holds that feed's change lock; the event is announced when the change
 * commits (a trigger's NOTIFY, prisma/triggers.sql), and never if it does not.
 */
export async function recordChange(tx: Tx, input: ActivityInput): Promise<void> {
  const insert = activityInsert(input);
  if (!isFeedAction(input.action) || !(input.articleId || input.storyId)) {
    await tx.$executeRaw(insert);
    return;
  }
  const event = { type: input.action, entityId: input.entityId, actorId: input.actorId };
  const alongside = Prisma.sql`activity AS (${insert})`;
  await tx.$queryRaw(
    input.articleId
      ? articleFeedAppend({ ...event, articleId: input.articleId, annotationId: input.annotationId, version: input.version }, alongside)
      : storyFeedAppend({ ...event, storyId: input.storyId! }, alongside),
  );
}
