import type { StoryLiveChange } from "../contracts/live";

/**
 * What changed in a story's own feed, as the write path (lib/changes) stores it: its ledger's
 * changes, which belong to no one article. Ids only, like an article's events; one member of the
 * live feed's union (lib/contracts/live.ts).
 */
export type StoryEvent = StoryLiveChange;
