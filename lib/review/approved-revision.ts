import { z } from "zod";
import { db } from "../db/client";
import { verdictSchema } from "../vocabulary/verdicts";

const relation = z.enum(["SUPPORTS", "REFUTES", "CONTEXT"]);

/**
 * What an editor approved of an annotation, as the public may see it: the kind, the quoted
 * words with at most their sentence around them, the verdict, the note (sanitized when it was
 * approved), and the sources and corroborations as they were. Parsed whenever it is read, so a
 * row that does not fit is an error, never a guess.
 */
export const approvedContentSchema = z
  .object({
    kind: z.enum(["CLAIM", "FIGURE", "DENIAL"]),
    quote: z.string(),
    /** The rest of the quote's sentence (or sentences, when it spans two), cut short when a sentence runs on. */
    context: z.object({ before: z.string(), after: z.string() }).strict(),
    /** Where the quote stood in the article's text when it was approved: the desk's own articles are published whole and marked there. */
    start: z.number().int(),
    end: z.number().int(),
    verdict: verdictSchema,
    noteHtml: z.string(),
    sources: z.array(
      z
        .object({
          relation,
          url: z.string().nullable(),
          title: z.string(),
          publisher: z.string(),
          excerpt: z.string(),
          accessedAt: z.string().nullable(),
          archivedAt: z.string().nullable(),
        })
        .strict(),
    ),
    /** annotationId stays inside: a corroboration goes out only while the annotation it names is itself published. */
    corroborations: z.array(z.object({ annotationId: z.string(), relation, articleTitle: z.string(), quote: z.string() }).strict()),
    /**
     * "Same claim as" an earlier check (lib/claims), as it stood when approved. A desk check goes
     * out only while the annotation it names (annotationId, kept inside) is itself published; an
     * imported review goes out as its publisher's, with their address, never as the desk's.
     */
    sameClaimAs: z
      .object({
        origin: z.enum(["DESK", "IMPORTED"]),
        annotationId: z.string().nullable(),
        quote: z.string(),
        verdict: z.string().nullable(),
        reviewedAt: z.string(),
        checkedBy: z.string(),
        url: z.string().nullable(),
      })
      .strict()
      .nullable()
      .optional(),
  })
  .strict();

export type ApprovedContent = z.infer<typeof approvedContentSchema>;

export interface ApprovedRevisionView {
  annotationId: string;
  articleId: string;
  reviewer: string;
  approvedAt: Date;
  content: ApprovedContent;
}

const revisionRow = z.object({
  annotationId: z.string(),
  articleId: z.string(),
  reviewer: z.string(),
  approvedAt: z.date(),
  // Parsed below, once the revision is known not to be withdrawn.
  content: z.unknown(),
  withdrawnAt: z.date().nullable(),
});

/**
 * The public words of a set of articles: for each annotation that is not deleted, its latest
 * approved revision, unless an editor rejected it since (which withdraws the revision). A change
 * after the approval does not reach this until an editor approves again. This is the only way
 * publishing reads what an annotation says.
 */
export async function latestApprovedRevisions(articleIds: string[]): Promise<ApprovedRevisionView[]> {
  if (articleIds.length === 0) return [];
  const rows = await db.$queryRaw<unknown[]>`
    SELECT DISTINCT ON (r."annotationId") r."annotationId", a."articleId", u.name AS reviewer, r."approvedAt", r.content, r."withdrawnAt"
    FROM "ApprovedRevision" r
    JOIN "Annotation" a ON a.id = r."annotationId" AND a."deletedAt" IS NULL
    JOIN "User" u ON u.id = r."reviewerId"
    WHERE a."articleId" = ANY(${articleIds}::text[])
    ORDER BY r."annotationId", r."approvedAt" DESC, r.version DESC`;
  return rows
    .map((raw) => revisionRow.parse(raw))
    .filter((row) => row.withdrawnAt === null)
    .map((row) => ({ annotationId: row.annotationId, articleId: row.articleId, reviewer: row.reviewer, approvedAt: row.approvedAt, content: approvedContentSchema.parse(row.content) }));
}
