import { db } from "../db/client";
import { formatFigure } from "../annotations/format-figure";
import { factDiscrepancy, type FactDiscrepancy } from "./discrepancy";
import { confirmationOf, readConfirmedFact, type ConfirmedEntry } from "./fact-confirmation";
import { describeClaim, type LedgerEntry } from "./get-ledger";

/** One fact as a publication shows it: what an editor confirmed, holding only published words. */
export interface PublishedFact {
  /** Kept inside Factmark: which fact this is, for the report version an editor publishes against. */
  factId: string;
  kind: "figure" | "claim";
  label: string;
  discrepancy: FactDiscrepancy;
  notes: string[];
  values: { articleId: string; value: string; quote: string }[];
}

const stated = (entry: ConfirmedEntry) => (entry.kind === "figure" ? formatFigure(entry) : entry.role === "denies" ? "denies it" : "reports it");
const asEntry = (e: ConfirmedEntry): LedgerEntry => ({ ...e, prefix: "", suffix: "" });

/**
 * A story's ledger for its publication: the facts an editor confirmed that are still as they
 * confirmed them (read fresh, not from the ledger's cache), each from its confirmed revision, and
 * of that revision only the entries whose words are published as the same words (`published`:
 * annotation id to its approved quote). A fact left with nothing it reports is left out; its
 * notes go only while it is whole, since they may quote what is not published.
 */
export async function publishedLedger(storyId: string, published: Map<string, string>, nameOf: (articleId: string) => string): Promise<PublishedFact[]> {
  const facts = await db.fact.findMany({
    where: { storyId, status: "CONFIRMED", confirmedAt: { not: null } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      kind: true,
      label: true,
      unit: true,
      confirmed: true,
      confirmedAt: true,
      confirmedBy: { select: { name: true } },
      entries: {
        where: { annotation: { deletedAt: null, orphaned: false } },
        select: { role: true, annotation: { select: { id: true, exact: true, value: true, valueMax: true, unit: true } } },
      },
    },
  });
  return facts.flatMap((f): PublishedFact[] => {
    const kind = f.kind === "CLAIM" ? ("claim" as const) : ("figure" as const);
    const now = f.entries.map(({ role, annotation: a }) => ({ annotationId: a.id, role: role === "DENIES" ? ("denies" as const) : ("reports" as const), exact: a.exact, value: a.value, valueMax: a.valueMax, unit: a.unit }));
    if (confirmationOf({ kind, label: f.label, unit: f.unit, entries: now }, f).state !== "confirmed") return [];
    const revision = readConfirmedFact(f.confirmed)!;
    const entries = revision.entries.filter((e) => published.get(e.annotationId) === e.exact);
    if (!entries.some((e) => e.role === "reports")) return [];
    const whole = entries.length === revision.entries.length;
    const claim = kind === "claim" ? describeClaim(entries.map(asEntry), nameOf) : null;
    return [
      {
        factId: f.id,
        kind,
        label: revision.label,
        discrepancy: claim?.discrepancy ?? factDiscrepancy(entries),
        notes: claim?.notes ?? (whole ? revision.notes : []),
        values: entries.map((e) => ({ articleId: e.articleId, value: stated(e), quote: e.exact })),
      },
    ];
  });
}
