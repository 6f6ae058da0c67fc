import type { SessionUser } from "../auth/session";
import { formatFigure } from "../annotations/format-figure";
import { factDiscrepancy, type FactDiscrepancy } from "./discrepancy";
import { getLedger } from "./get-ledger";

/** One confirmed fact as a report prints it: each article's value in words, and how they differ. */
export interface ReportFact {
  label: string;
  discrepancy: FactDiscrepancy;
  notes: string[];
  values: { annotationId: string; articleId: string; articleTitle: string; value: string; quote: string }[];
}

/**
 * The story's confirmed facts for its report, holding only the annotations the report itself
 * shows (an approved report: approved figures), with the discrepancy of what is left.
 */
export async function reportLedger(viewer: SessionUser, storyId: string, shown: Set<string>): Promise<ReportFact[]> {
  const ledger = await getLedger(viewer, storyId);
  const titles = new Map(ledger.articles.map((a) => [a.id, a.name]));
  return ledger.facts
    .filter((f) => f.status === "confirmed")
    .map((fact) => ({ fact, entries: fact.entries.filter((e) => shown.has(e.annotationId)) }))
    .filter(({ entries }) => entries.length > 0)
    .map(({ fact, entries }) => ({
      label: fact.label,
      discrepancy: factDiscrepancy(entries),
      notes: entries.length === fact.entries.length ? fact.notes : [],
      values: entries.map((e) => ({ annotationId: e.annotationId, articleId: e.articleId, articleTitle: titles.get(e.articleId) ?? "", value: formatFigure(e), quote: e.exact })),
    }));
}
