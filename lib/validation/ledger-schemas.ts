import { z } from "zod";
import { versionSchema } from "./annotation-schemas";

const label = z.string({ error: "Give the fact a label." }).trim().min(1, "Give the fact a label.").max(200, "Keep the label under 200 characters.");
const unit = z.string().trim().max(120, "Keep the unit under 120 characters.").nullable().optional().transform((u) => u || null);
const annotationIds = z
  .array(z.string().min(1).max(100), { error: "Say which annotations the fact holds." })
  .min(1, "A fact holds at least one annotation.")
  .max(500, "A fact holds at most 500 annotations.");

/** Accepting a proposal, or a new fact from chosen annotations (a split): figures, or claims with the denials that answer them. */
export const factCreateSchema = z.object({ label, unit, annotationIds }).strict();
export const factUpdateSchema = z.object({ version: versionSchema, label, unit }).strict();
/** An editor confirms a fact as they see it: the version they looked at. */
export const factConfirmSchema = z.object({ version: versionSchema }).strict();
export const factMoveSchema = z.object({ version: versionSchema, annotationId: z.string().min(1).max(100) }).strict();
export const factMergeSchema = z.object({ version: versionSchema, otherFactId: z.string().min(1).max(100), otherVersion: versionSchema }).strict();
export const factVersionQuery = z.object({ version: z.coerce.number({ error: "Say which version of the fact you saw (?version=)." }).pipe(versionSchema) }).strict();
export const factDismissSchema = z.object({ annotationIds }).strict();

export type FactCreateInput = z.infer<typeof factCreateSchema>;
