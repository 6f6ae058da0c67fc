import type { FeedAction } from "../activity/actions";

/**
 * What changed in a story's own feed, as the write path (lib/changes) stores it: its ledger's
 * changes, which belong to no one article. Ids only, like an article's events.
 */
export interface StoryEvent {
  storyId: string;
  seq: number;
  type: FeedAction;
  entityId: string;
  actorId: string;
}
