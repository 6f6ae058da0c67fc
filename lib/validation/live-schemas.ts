import { z } from "zod";

const seqSchema = z.coerce
  .number({ error: "The event number must be a number." })
  .int("The event number must be a whole number.")
  .min(0, "The event number cannot be negative.")
  .max(2_147_483_647, "The event number is too large.");

/** Where a page's feed starts: the browser's Last-Event-ID on a reconnect, else `?after=`. */
export const feedPositionSchema = z.object({ after: seqSchema.default(0) });

export const presenceSchema = z
  .object({
    connectionId: z.string({ error: "Send the live connection's id." }).uuid("That is not a live connection id."),
    annotationId: z.string({ error: "Say which annotation is open, or null for none." }).min(1).max(100).nullable(),
    editing: z.boolean({ error: "Say whether you are editing (true or false)." }),
  })
  .strict();

export type PresenceInput = z.infer<typeof presenceSchema>;
