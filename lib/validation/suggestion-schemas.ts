import { z } from "zod";
import { kindSchema } from "./annotation-schemas";

/** "Accept all figures": which kind of open suggestion to accept. */
export const suggestionAcceptAllSchema = z.object({ kind: kindSchema }).strict();

/** How the suggestions list is ordered: in the order of the text (the default) or most check-worthy first. */
export const suggestionOrders = ["text", "score"] as const;
export type SuggestionOrder = (typeof suggestionOrders)[number];
export const suggestionListQuerySchema = z
  .object({ order: z.enum(suggestionOrders, { error: "Order must be text or score." }).default("text") })
  .strict();
