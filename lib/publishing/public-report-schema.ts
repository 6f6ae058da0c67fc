import { z } from "zod";
import { kindSchema } from "../validation/annotation-schemas";
import type { PublicItem } from "./public-report";

/**
 * The shape of what a publication keeps (public-report.ts), for whatever reads it back from the
 * database or a backup: the feed's entries (feed-entries.ts), a restore (lib/backup/publication-schemas.ts).
 * Strict: it must be exactly what the renderer expects and nothing more.
 */
const text = z.string();
const nullableText = z.string().nullable();

const sourcesSchema = z.array(
  z.object({ relation: text, url: nullableText, title: text, publisher: text, excerpt: text, accessedAt: nullableText, archivedAt: nullableText.optional() }).strict(),
);
const corroborationsSchema = z.array(z.object({ relation: text, articleTitle: text, quote: text }).strict());
const ratingSchema = z.object({ value: z.number().nullable(), label: text }).strict().nullable();

export const publicFactSchema = z
  .object({ label: text, agreement: text, notes: z.array(text), values: z.array(z.object({ article: text, value: text, quote: text }).strict()) })
  .strict();

/** An item's fields that every publication has had. */
export const publicItemFields = {
  n: z.number().int(),
  article: z.number().int(),
  kind: kindSchema,
  kindLabel: text,
  quote: text,
  verdict: nullableText,
  rating: ratingSchema,
  noteHtml: text,
  sources: sourcesSchema,
  corroborations: corroborationsSchema,
  checkedBefore: z.object({ by: nullableText, quote: text, verdict: nullableText, reviewedAt: text, url: nullableText }).strict().nullable().optional(),
  reviewer: nullableText,
  reviewedAt: nullableText,
};

/** An article as a publication names it, its text aside. */
export const publicArticleFields = { n: z.number().int(), title: text, outlet: nullableText, url: nullableText, publishedAt: nullableText };

/** An item as publications are made now: its sentence around the quote, and where it stands in the desk's own article. */
export const publicItemSchema = z
  .object({
    ...publicItemFields,
    context: z.object({ before: text, after: text }).strict(),
    at: z.object({ start: z.number().int(), end: z.number().int() }).strict().nullable(),
  })
  .strict() satisfies z.ZodType<PublicItem>;
