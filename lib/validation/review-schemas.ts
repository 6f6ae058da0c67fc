import { z } from "zod";
import { KINDS } from "../vocabulary/names";
import { verdictSchema } from "../vocabulary/verdicts";
import { cursorDate, cursorId, cursorSchema, limitSchema } from "../paging/keyset";

export const reviewActionSchema = z
  .object({
    action: z.enum(["SUBMIT", "APPROVE", "REQUEST_CHANGES", "REJECT"], {
      error: "Action must be SUBMIT, APPROVE, REQUEST_CHANGES or REJECT.",
    }),
    version: z.number({ error: "Send the version you reviewed, so changes by others are not missed." }).int().min(1),
    comment: z.string({ error: "The comment must be text." }).trim().max(2_000, "Keep the comment under 2,000 characters.").optional(),
    verdict: verdictSchema.optional(),
  })
  .strict();

export const assigneeSchema = z
  .object({ assigneeId: z.string({ error: "Choose a person, or null to unassign." }).min(1).nullable() })
  .strict();

export const reviewQueueQuerySchema = z.object({
  storyId: z.string().min(1).optional(),
  articleId: z.string().min(1).optional(),
  kind: z.enum(KINDS, { error: "Kind must be CLAIM, FIGURE or DENIAL." }).optional(),
  authorId: z.string().min(1).optional(),
  /** The last page's `next`: the last annotation's submission time and id. */
  cursor: cursorSchema(z.tuple([cursorDate, cursorId])).optional(),
  limit: limitSchema(100).optional(),
});

/** My work's three lists, each paged by its own cursor. */
export const myWorkQuerySchema = z.object({
  assignedCursor: cursorSchema(z.tuple([cursorDate, cursorId])).optional(),
  articlesCursor: cursorSchema(z.tuple([z.string().max(1_000), cursorId])).optional(),
  changesCursor: cursorSchema(z.tuple([cursorDate, cursorId])).optional(),
  limit: limitSchema(100).optional(),
});

/** A page of a history: after `cursor` (the last entry's time and id), at most `limit`. */
export const historyQuerySchema = z.object({
  cursor: cursorSchema(z.tuple([cursorDate, cursorId])).optional(),
  limit: limitSchema(200).optional(),
});

export type HistoryQuery = z.infer<typeof historyQuerySchema>;
export type ReviewActionInput = z.infer<typeof reviewActionSchema>;
export type ReviewQueueQuery = z.infer<typeof reviewQueueQuerySchema>;
export type MyWorkQuery = z.infer<typeof myWorkQuerySchema>;
