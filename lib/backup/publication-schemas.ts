import { z } from "zod";
import { quoteContext } from "../review/quote-context";
import { kindSchema } from "../validation/annotation-schemas";

/**
 * The shape of what a publication keeps (lib/publishing/public-report.ts and public-changes.ts),
 * checked when a backup brings publications back: their pages are rendered again from it, so it
 * must be exactly what the renderer expects and nothing more.
 */
const text = z.string();
const nullableText = z.string().nullable();

const sourcesSchema = z.array(
  z.object({ relation: text, url: nullableText, title: text, publisher: text, excerpt: text, accessedAt: nullableText, archivedAt: nullableText.optional() }).strict(),
);
const corroborationsSchema = z.array(z.object({ relation: text, articleTitle: text, quote: text }).strict());
const ratingSchema = z.object({ value: z.number().nullable(), label: text }).strict().nullable();
const publicFactSchema = z
  .object({ label: text, agreement: text, notes: z.array(text), values: z.array(z.object({ article: text, value: text, quote: text }).strict()) })
  .strict();
const itemFields = {
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
const articleFields = { n: z.number().int(), title: text, outlet: nullableText, url: nullableText, publishedAt: nullableText };

/** A publication as it is made now: other outlets' articles quoted, not whole. */
const currentReportSchema = z
  .object({
    title: text,
    subjectType: z.enum(["article", "story"]),
    articles: z.array(z.object({ ...articleFields, text: nullableText }).strict()),
    items: z.array(
      z
        .object({
          ...itemFields,
          context: z.object({ before: text, after: text }).strict(),
          at: z.object({ start: z.number().int(), end: z.number().int() }).strict().nullable(),
        })
        .strict(),
    ),
    ledger: z.array(publicFactSchema),
  })
  .strict();

/**
 * A publication made before the public page quoted instead of republishing (6 December 2026): every
 * article whole, items placed by offsets. Restored in today's shape: each item keeps its sentence
 * from the article's text and the text itself is left out, since the restore cannot know which
 * articles were the desk's own and the page is rendered again anyway.
 */
const legacyReportSchema = z
  .object({
    title: text,
    subjectType: z.enum(["article", "story"]),
    articles: z.array(z.object({ ...articleFields, text }).strict()),
    items: z.array(z.object({ ...itemFields, start: z.number().int(), end: z.number().int() }).strict()),
    ledger: z.array(publicFactSchema),
  })
  .strict()
  .transform((legacy) => ({
    ...legacy,
    articles: legacy.articles.map((article) => ({ ...article, text: null })),
    items: legacy.items.map(({ start, end, ...item }) => ({
      ...item,
      context: quoteContext(legacy.articles.find((a) => a.n === item.article)?.text ?? "", { start, end, exact: item.quote }),
      at: null,
    })),
  }));

export const publicReportSchema = z.union([currentReportSchema, legacyReportSchema]);

export const publicChangesSchema = z.array(
  z.object({ type: z.enum(["added", "removed", "verdict", "words"]), quote: text, before: nullableText.optional(), after: nullableText.optional() }).strict(),
);

export const sourceKeysSchema = z.array(z.object({ annotationId: text, quote: text, verdict: nullableText }).strict());
