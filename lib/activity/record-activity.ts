import { randomUUID } from "node:crypto";
import type { Tx } from "../db/client";
import { Prisma } from "../db/generated/client";
import { UTC_NOW } from "../db/utc-now";
import { feedAppendStatement } from "../realtime/article-feed";
import { ACTIONS, isFeedAction, type ActivityAction } from "../vocabulary/actions";

export interface ActivityInput {
  actorId: string;
  /** One of lib/vocabulary/actions.ts; it also says what the record is about. */
  action: ActivityAction;
  entityId: string;
  articleId?: string;
  annotationId?: string;
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
  before: input.before ?? undefined,
  after: input.after ?? undefined,
});

/**
 * Appends one audit record. Takes the caller's transaction so the record and the change it
 * describes are committed together or not at all. Whatever is news for the people on an article
 * (lib/vocabulary/actions.ts says which) also goes on the article's live feed, in the same statement (the caller
 * holds the article's change lock; see lib/realtime/article-feed.ts). Written as SQL because every
 * write ends here: through Prisma the record and the feed entry were three statements, each
 * compiled anew, about 3 ms of a 10 ms write.
 */
export async function recordActivity(tx: Tx, input: ActivityInput): Promise<void> {
  const record = row(input);
  const insert = Prisma.sql`
    INSERT INTO "Activity" (id, "actorId", action, "entityType", "entityId", "articleId", "annotationId", before, after, "createdAt")
    VALUES (${randomUUID()}, ${record.actorId}, ${record.action}, ${record.entityType}, ${record.entityId}, ${record.articleId ?? null},
            ${record.annotationId ?? null}, ${json(input.before)}::jsonb, ${json(input.after)}::jsonb, ${UTC_NOW})`;
  if (!input.articleId || !isFeedAction(input.action)) {
    await tx.$executeRaw(insert);
    return;
  }
  const event = { articleId: input.articleId, type: input.action, entityId: input.entityId, annotationId: input.annotationId, version: input.version, actorId: input.actorId };
  await tx.$queryRaw(feedAppendStatement(event, Prisma.sql`activity AS (${insert})`));
}

/** A JSON column's value as a raw statement takes it: absent is NULL, as Prisma stores it. */
const json = (value: object | null | undefined) => (value == null ? null : JSON.stringify(value));

/** Many records that are not news of their own (a text correction's effect on each annotation), in one statement. */
export async function recordQuietActivities(tx: Tx, inputs: ActivityInput[]): Promise<void> {
  if (inputs.some((input) => isFeedAction(input.action))) throw new Error("Feed actions must go through recordActivity.");
  if (inputs.length) await tx.activity.createMany({ data: inputs.map(row) });
}
