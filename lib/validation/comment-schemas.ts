import { z } from "zod";
import { cursorDate, cursorId, cursorSchema, limitSchema } from "../paging/keyset";

export const MAX_COMMENT_LENGTH = 5_000;

const bodySchema = z
  .string({ error: "Write the comment as text." })
  .max(MAX_COMMENT_LENGTH, `The comment is too long: keep it under ${MAX_COMMENT_LENGTH.toLocaleString("en")} characters.`)
  .refine((value) => value.trim().length > 0, "The comment is empty.");

const mentionsSchema = z
  .array(z.string().min(1).max(100), { error: "Mentions must be a list of user ids." })
  .max(20, "Mention at most 20 people in one comment.")
  .default([]);

export const commentCreateSchema = z
  .object({ body: bodySchema, parentId: z.string().min(1).max(100).optional(), mentions: mentionsSchema })
  .strict();

export const commentUpdateSchema = z
  .object({
    version: z.number({ error: "Send the version you edited, so changes by others are not overwritten." }).int().min(1),
    body: bodySchema,
    mentions: mentionsSchema,
  })
  .strict();

export const inboxReadSchema = z
  .object({
    ids: z.array(z.string().min(1).max(100), { error: "Send the mentions to mark as read as a list of ids." }).max(500, "Mark at most 500 mentions at once.").optional(),
    all: z.literal(true, { error: "Send all: true to mark every mention as read." }).optional(),
  })
  .strict()
  .refine((value) => value.ids !== undefined || value.all, { message: "Say which mentions to mark as read, or all." });

/** A page of the inbox: after `cursor` (the last entry's time and id), at most `limit`. */
export const inboxQuerySchema = z.object({
  cursor: cursorSchema(z.tuple([cursorDate, cursorId])).optional(),
  limit: limitSchema(100).optional(),
});

export type InboxQuery = z.infer<typeof inboxQuerySchema>;
export type CommentCreateInput = z.infer<typeof commentCreateSchema>;
export type CommentUpdateInput = z.infer<typeof commentUpdateSchema>;
export type InboxReadInput = z.infer<typeof inboxReadSchema>;
