import { randomUUID } from "node:crypto";
import type { Tx } from "../db/client";
import { Prisma } from "../db/generated/client";
import { UTC_NOW } from "../db/utc-now";
import { ACTIONS, isFeedAction, type ActivityAction } from "../vocabulary/actions";

export interface ActivityInput {
  actorId: string;
  /** One of lib/vocabulary/actions.ts; it also says what the record is about. */
  action: ActivityAction;
  entityId: string;
  /** The article whose history holds the record (and whose live feed announces it, if it is news). */
  articleId?: string;
  annotationId?: string;
  /** The story whose history holds the record, for what belongs to no one article (its ledger). */
  storyId?: string;
  before?: object | null;
  after?: object | null;
  /** The annotation's (or article's) version after the change, for the live feed. */
  version?: number;
}

/** The stored record: the feed's `version` is not part of it; what it is about comes from the action. */
const row = (input: ActivityInput) => ({
  actorId: input.actorId,
  action: input.action,
  entityType: ACTIONS[input.action].about,
  entityId: input.entityId,
  articleId: input.articleId,
  annotationId: input.annotationId,
  storyId: input.storyId,
  before: input.before ?? undefined,
  after: input.after ?? undefined,
});

/**
 * The statement that appends one audit record, for the write path (lib/changes) to run in the
 * change's transaction, alone or in the same statement as the live event that announces it.
 * Written as SQL because every write ends here: through Prisma the record and the feed entry were
 * three statements, each compiled anew, about 3 ms of a 10 ms write.
 */
export function activityInsert(input: ActivityInput): Prisma.Sql {
  const record = row(input);
  return Prisma.sql`
    INSERT INTO "Activity" (id, "actorId", action, "entityType", "entityId", "articleId", "annotationId", "storyId", before, after, "createdAt")
    VALUES (${randomUUID()}, ${record.actorId}, ${record.action}, ${record.entityType}, ${record.entityId}, ${record.articleId ?? null},
            ${record.annotationId ?? null}, ${record.storyId ?? null}, ${json(input.before)}::jsonb, ${json(input.after)}::jsonb, ${UTC_NOW})`;
}

/** A JSON column's value as a raw statement takes it: absent is NULL, as Prisma stores it. */
const json = (value: object | null | undefined) => (value == null ? null : JSON.stringify(value));

/** Many records that are not news of their own (a text correction's effect on each annotation), in one statement. */
export async function recordQuietActivities(tx: Tx, inputs: ActivityInput[]): Promise<void> {
  if (inputs.some((input) => isFeedAction(input.action))) throw new Error("Feed actions must be recorded one by one, with their live event.");
  if (inputs.length) await tx.activity.createMany({ data: inputs.map(row) });
}
