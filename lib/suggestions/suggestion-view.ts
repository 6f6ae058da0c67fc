import type { AnnotationKind, SuggestionStatus } from "../vocabulary/names";
import type { Prisma } from "../db/generated/client";

export const suggestionSelect = {
  id: true,
  articleId: true,
  kind: true,
  start: true,
  end: true,
  exact: true,
  reason: true,
  value: true,
  valueMax: true,
  unit: true,
  score: true,
  status: true,
  version: true,
  annotationId: true,
  decidedAt: true,
  decidedBy: { select: { id: true, name: true } },
} satisfies Prisma.SuggestionSelect;

type SuggestionRow = Prisma.SuggestionGetPayload<{ select: typeof suggestionSelect }>;

/** A suggestion as the API and the page see it. */
export interface SuggestionView {
  id: string;
  articleId: string;
  kind: AnnotationKind;
  start: number;
  end: number;
  exact: string;
  reason: string;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  /** Check-worthiness from 0 to 1; null for one made before scores existed. */
  score: number | null;
  status: SuggestionStatus;
  version: number;
  /** The annotation it became, once accepted. */
  annotationId: string | null;
  /** Who accepted or dismissed it, and when. */
  decidedBy: { id: string; name: string } | null;
  decidedAt: string | null;
}

export function toSuggestionView(row: SuggestionRow): SuggestionView {
  return { ...row, decidedAt: row.decidedAt?.toISOString() ?? null };
}
