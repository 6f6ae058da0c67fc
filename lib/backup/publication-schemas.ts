import { z } from "zod";
import { kindSchema } from "../validation/annotation-schemas";

/**
 * The shape of what a publication keeps (lib/publishing/public-report.ts and public-changes.ts),
 * checked when a backup brings publications back: their pages are rendered again from it, so it
 * must be exactly what the renderer expects and nothing more.
 */
const text = z.string();
const nullableText = z.string().nullable();

const publicArticleSchema = z.object({ n: z.number().int(), title: text, outlet: nullableText, url: nullableText, publishedAt: nullableText, text }).strict();

const publicItemSchema = z
  .object({
    n: z.number().int(),
    article: z.number().int(),
    kind: kindSchema,
    kindLabel: text,
    start: z.number().int(),
    end: z.number().int(),
    quote: text,
    verdict: nullableText,
    rating: z.object({ value: z.number().nullable(), label: text }).strict().nullable(),
    noteHtml: text,
    sources: z.array(
      z
        .object({ relation: text, url: nullableText, title: text, publisher: text, excerpt: text, accessedAt: nullableText, archivedAt: nullableText.optional() })
        .strict(),
    ),
    corroborations: z.array(z.object({ relation: text, articleTitle: text, quote: text }).strict()),
    reviewer: nullableText,
    reviewedAt: nullableText,
  })
  .strict();

const publicFactSchema = z
  .object({ label: text, agreement: text, notes: z.array(text), values: z.array(z.object({ article: text, value: text, quote: text }).strict()) })
  .strict();

export const publicReportSchema = z
  .object({ title: text, subjectType: z.enum(["article", "story"]), articles: z.array(publicArticleSchema), items: z.array(publicItemSchema), ledger: z.array(publicFactSchema) })
  .strict();

export const publicChangesSchema = z.array(
  z.object({ type: z.enum(["added", "removed", "verdict", "words"]), quote: text, before: nullableText.optional(), after: nullableText.optional() }).strict(),
);

export const sourceKeysSchema = z.array(z.object({ annotationId: text, quote: text, verdict: nullableText }).strict());
