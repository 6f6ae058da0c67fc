import { z } from "zod";
import { KINDS, RELATIONS } from "../vocabulary/names";

export const MAX_NOTE_LENGTH = 20_000;

export const kindSchema = z.enum(KINDS, { error: "Kind must be Claim, Figure or Denial." });
export const relationSchema = z.enum(RELATIONS, {
  error: "Relation must be supports, refutes or context.",
});

const offset = (name: string) =>
  z.number({ error: `${name} must be a number.` }).int(`${name} must be a whole number.`).min(0, `${name} cannot be negative.`);

const noteSchema = z
  .string({ error: "The note must be text." })
  .max(MAX_NOTE_LENGTH, `The note is too long: keep it under ${MAX_NOTE_LENGTH.toLocaleString("en")} characters.`);

export const versionSchema = z
  .number({ error: "Send the version you edited, so changes by others are not overwritten." })
  .int()
  .min(1);

// Strict like the desk's other write schemas: a create that names its author, status or verdict
// is told those are not its to set, not quietly given something else.
export const annotationCreateSchema = z
  .object({
    kind: kindSchema,
    start: offset("Start"),
    end: offset("End"),
    exact: z.string({ error: "Send the selected text as exact." }).min(1, "The selection is empty."),
    note: noteSchema.optional(),
  })
  .strict();

/** A figure's stated value: finite numbers, a range whose high end is above its low end, a short unit. */
export const figureValueSchema = z
  .object({
    value: z.number({ error: "The value must be a number." }).finite("The value must be a number.").nullable(),
    valueMax: z.number({ error: "The range's high end must be a number." }).finite("The range's high end must be a number.").nullable(),
    unit: z.string().trim().max(120, "Keep the unit under 120 characters.").nullable().transform((unit) => unit || null),
  })
  .strict()
  .refine((f) => f.valueMax === null || (f.value !== null && f.valueMax > f.value), {
    message: "A range needs a low value, and its high end must be above it.",
  });

export const annotationUpdateSchema = z
  .object({ version: versionSchema, kind: kindSchema.optional(), note: noteSchema.optional(), figure: figureValueSchema.optional() })
  .strict()
  .refine((value) => value.kind !== undefined || value.note !== undefined || value.figure !== undefined, {
    message: "Say what to change: the kind, the note or the figure's value.",
  });

/** http(s) only: a `javascript:` or `data:` link in a report would run or smuggle content. */
export const sourceUrlSchema = z
  .string({ error: "Enter the source's web address." })
  .trim()
  .min(1, "Enter the source's web address.")
  .max(2_000, "That web address is too long.")
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
    } catch {
      return false;
    }
  }, "Enter a full web address starting with http:// or https://.")
  // "https://bank.example@evil.example/" reads as the bank's address and leads elsewhere; a source never needs a login in its address.
  .refine((value) => URL.canParse(value) && !new URL(value).username && !new URL(value).password, "Leave the user name and password out of the web address.")
  // Stored as the parsed address, so spaces, quotes and brackets arrive percent-encoded everywhere it is written.
  .transform((value) => new URL(value).href);

const shortText = (label: string, max: number) =>
  z.string({ error: `${label} must be text.` }).trim().max(max, `${label} is too long: keep it under ${max} characters.`);

const accessedSchema = z
  .string({ error: "Accessed date must be a date." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Accessed date must look like 2013-10-21.")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "Accessed date is not a real date.")
  .nullable();

const sourceFields = {
  relation: relationSchema,
  title: shortText("Title", 300).default(""),
  publisher: shortText("Publisher", 200).default(""),
  excerpt: shortText("Excerpt", 2_000).default(""),
  accessedAt: accessedSchema.optional(),
};

export const sourceCreateSchema = z
  .object({
    ...sourceFields,
    url: sourceUrlSchema.optional(),
    linkedAnnotationId: z.string().min(1, "Choose the annotation that corroborates this one.").optional(),
  })
  .strict()
  .refine((value) => (value.url === undefined) !== (value.linkedAnnotationId === undefined), {
    message: "A source is either a web address (url) or a corroborating annotation (linkedAnnotationId): give exactly one.",
  });

export const sourceUpdateSchema = z
  .object({
    // The annotation's version the change was made against: a source belongs to what it says.
    version: versionSchema,
    relation: relationSchema.optional(),
    url: sourceUrlSchema.optional(),
    title: shortText("Title", 300).optional(),
    publisher: shortText("Publisher", 200).optional(),
    excerpt: shortText("Excerpt", 2_000).optional(),
    accessedAt: accessedSchema.optional(),
  })
  .strict()
  .refine((value) => Object.keys(value).some((key) => key !== "version"), { message: "Say what to change about the source." });

/** Removing a source changes what the annotation says, so it names the version it was made against (`?version=`). */
export const sourceRemoveQuery = z
  .object({ version: z.coerce.number({ error: "Say which version of the annotation you saw (?version=), so changes by others are not overwritten." }).pipe(versionSchema) })
  .strict();

export const annotationSearchSchema = z.object({
  q: z.string().trim().min(2, "Type at least two characters to search.").max(200),
});

export type AnnotationCreateInput = z.infer<typeof annotationCreateSchema>;
export type AnnotationUpdateInput = z.infer<typeof annotationUpdateSchema>;
export type SourceCreateInput = z.infer<typeof sourceCreateSchema>;
export type SourceUpdateInput = z.infer<typeof sourceUpdateSchema>;
export type SourceRemoveInput = z.infer<typeof sourceRemoveQuery>;

export const annotationReattachSchema = z
  .object({ version: versionSchema, start: offset("Start"), end: offset("End"), exact: z.string().min(1, "The selection is empty.") })
  .strict();
