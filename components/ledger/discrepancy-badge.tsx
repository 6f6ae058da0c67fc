import type { LedgerFact } from "@/lib/ledger/get-ledger";

const BADGES: Record<LedgerFact["discrepancy"], { icon: string; text: string }> = {
  none: { icon: "✓", text: "Agree" },
  rounding: { icon: "≈", text: "Rounding" },
  conflict: { icon: "⚠", text: "Conflict" },
  unit: { icon: "⇄", text: "Different units" },
};

/** A claim is reported, or denied by someone. */
const CLAIM_BADGES: Partial<Record<LedgerFact["discrepancy"], { icon: string; text: string }>> = {
  none: { icon: "✓", text: "Not denied" },
  conflict: { icon: "⚠", text: "Denied" },
};

/** A fact's discrepancy in words and an icon, never in colour alone; the differences on hover and focus. */
export function DiscrepancyBadge({ fact }: { fact: LedgerFact }) {
  const badge = (fact.kind === "claim" && CLAIM_BADGES[fact.discrepancy]) || BADGES[fact.discrepancy];
  const reporters = fact.kind === "claim" ? new Set(fact.entries.filter((e) => e.role === "reports").map((e) => e.articleId)).size : 0;
  return (
    <span className={`discrepancy discrepancy-${fact.discrepancy}`} title={fact.notes.join("\n") || undefined}>
      <span aria-hidden="true">{badge.icon}</span> {badge.text}
      {fact.kind === "claim" && <span className="muted"> · reported by {reporters === 1 ? "1 article" : `${reporters} articles`}</span>}
      {fact.notes.length > 0 && <span className="visually-hidden">: {fact.notes.join("; ")}</span>}
    </span>
  );
}
