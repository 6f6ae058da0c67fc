import { z } from "zod";
import { checkVerdictLabel } from "../vocabulary/check-verdicts";
import { verdictSchema } from "../vocabulary/verdicts";
import { KINDS, type AnnotationKind } from "../vocabulary/names";

/** A row of the memory as CHECK_COLUMNS reads it (lib/claims/current-check.ts), parsed as it is read. */
export const checkRowSchema = z.object({
  id: z.string(),
  origin: z.enum(["DESK", "IMPORTED"]),
  annotationId: z.string().nullable(),
  storyId: z.string().nullable(),
  articleId: z.string().nullable(),
  kind: z.enum(KINDS),
  quote: z.string(),
  text: z.string(),
  rating: z.string().nullable(),
  verdict: verdictSchema.nullable(),
  ratingLabel: z.string().nullable(),
  checkedBy: z.string(),
  reviewedAt: z.date(),
  url: z.string().nullable(),
  claimant: z.string().nullable(),
  storyTitle: z.string().nullable(),
  articleTitle: z.string().nullable(),
});

export type CheckRow = z.infer<typeof checkRowSchema>;

/** Rows of the memory from a raw statement that selects CHECK_COLUMNS. */
export const parseCheckRows = (rows: unknown[]): CheckRow[] => rows.map((row) => checkRowSchema.parse(row));

/**
 * One earlier check, as the panel, /claims and the API show it. A desk check names its story,
 * article and public page (when published); an imported one is "checked by" its publisher, with
 * the address of their review, and is never the desk's word.
 */
export interface CheckView {
  checkId: string;
  origin: "desk" | "imported";
  kind: AnnotationKind;
  annotationId: string | null;
  storyId: string | null;
  articleId: string | null;
  storyTitle: string | null;
  articleTitle: string | null;
  /** The words checked. */
  exact: string;
  /** rating: the verdict's key on the desk's scale (null for an imported review it does not map onto); label: in words. */
  verdict: { rating: string | null; label: string; reviewedAt: string } | null;
  /** The desk's reviewer, or the publisher that checked it. */
  checkedBy: string;
  /** Who made the claim, where an imported review says. */
  claimant: string | null;
  /** An imported review's own address. */
  url: string | null;
  /** Where the public reads the desk's check (/p/…), while it is published. */
  publicUrl: string | null;
}

export function toCheckView(row: CheckRow, publicUrl: string | null = null): CheckView {
  const label = checkVerdictLabel(row);
  return {
    checkId: row.id,
    origin: row.origin === "DESK" ? "desk" : "imported",
    kind: row.kind,
    annotationId: row.annotationId,
    storyId: row.storyId,
    articleId: row.articleId,
    storyTitle: row.storyTitle,
    articleTitle: row.articleTitle,
    exact: row.quote,
    verdict: label ? { rating: row.rating, label, reviewedAt: row.reviewedAt.toISOString().slice(0, 10) } : null,
    checkedBy: row.checkedBy,
    claimant: row.claimant,
    url: row.url,
    publicUrl,
  };
}
