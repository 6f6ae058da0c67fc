import type { SessionUser } from "../auth/session";
import { formatFigure } from "../annotations/format-figure";
import { factDiscrepancy, type FactDiscrepancy } from "./discrepancy";
import { describeClaim, getLedger, type LedgerEntry } from "./get-ledger";

/** One confirmed fact as a report prints it: each article's value (or whether it reports or denies a claim), and how they differ. */
export interface ReportFact {
  kind: "figure" | "claim";
  label: string;
  discrepancy: FactDiscrepancy;
  notes: string[];
  values: { annotationId: string; articleId: string; articleTitle: string; value: string; quote: string }[];
}

const stated = (entry: LedgerEntry) => (entry.kind === "figure" ? formatFigure(entry) : entry.role === "denies" ? "denies it" : "reports it");

/**
 * The story's confirmed facts for its report, holding only the annotations the report itself
 * shows (an approved report: approved figures, claims and denials), with the discrepancy of what
 * is left.
 */
export async function reportLedger(viewer: SessionUser, storyId: string, shown: Set<string>): Promise<ReportFact[]> {
  const ledger = await getLedger(viewer, storyId);
  const titles = new Map(ledger.articles.map((a) => [a.id, a.name]));
  return ledger.facts
    .filter((f) => f.status === "confirmed")
    .map((fact) => ({ fact, entries: fact.entries.filter((e) => shown.has(e.annotationId)) }))
    .filter(({ fact, entries }) => entries.some((e) => e.role === "reports") || (fact.kind === "figure" && entries.length > 0))
    .map(({ fact, entries }) => {
      const whole = entries.length === fact.entries.length;
      const claim = fact.kind === "claim" ? describeClaim(entries, (id) => titles.get(id) ?? "an article") : null;
      return {
        kind: fact.kind,
        label: fact.label,
        discrepancy: claim?.discrepancy ?? factDiscrepancy(entries),
        notes: claim?.notes ?? (whole ? fact.notes : []),
        values: entries.map((e) => ({ annotationId: e.annotationId, articleId: e.articleId, articleTitle: titles.get(e.articleId) ?? "", value: stated(e), quote: e.exact })),
      };
    });
}
