import { z } from "zod";
import { NotFoundError } from "../errors/domain-error";
import { cursorId, cursorSchema, limitSchema } from "../paging/keyset";

export const reportQuerySchema = z.object({
  format: z.enum(["pdf", "md", "csv", "json", "w3c", "claimreview"], { error: "Format must be pdf, md, csv, json, w3c or claimreview." }).default("json"),
  scope: z.enum(["approved", "all"], { error: "Scope must be approved or all." }).default("approved"),
});

export const reportSubjectSchema = z.enum(["article", "story"], { error: "Reports are for an article or a story." });

/** The report a route's `:type/:id` names; a type that is no kind of report is a 404, like an unknown id. */
export function reportSubjectFrom(params: { type: string; id: string }): { type: "article" | "story"; id: string } {
  const type = reportSubjectSchema.safeParse(params.type);
  if (!type.success) throw new NotFoundError("That kind of report");
  return { type: type.data, id: params.id };
}

/**
 * Publishing a report: the version of it the editor looked at (from its preview), and a short
 * public note, required from the second publication on (lib/publishing/publish.ts).
 */
export const publishSchema = z
  .object({
    basedOn: z
      .string({ error: "Say which version of the report you looked at (basedOn, from the preview)." })
      .min(1, "Say which version of the report you looked at (basedOn, from the preview).")
      .max(200_000, "That report version is too long."),
    note: z.string({ error: "The public note must be text." }).trim().max(500, "Keep the public note under 500 characters.").optional(),
  })
  .strict();

/** A page of a report's publications: after `cursor` (the last one's number and id), at most `limit`. */
export const publicationsQuerySchema = z.object({
  cursor: cursorSchema(z.tuple([z.number().int().min(1), cursorId])).optional(),
  limit: limitSchema(100).optional(),
});

export type PublicationsQuery = z.infer<typeof publicationsQuerySchema>;

export const feedQuerySchema = z.object({
  page: z.coerce.number({ error: "The page must be a number." }).int("The page must be a whole number.").min(1, "Pages start at 1.").max(100_000, "There are not that many pages.").default(1),
});
