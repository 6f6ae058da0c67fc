import type { LedgerFact } from "@/lib/ledger/get-ledger";

const BADGES: Record<LedgerFact["discrepancy"], { icon: string; text: string }> = {
  none: { icon: "✓", text: "Agree" },
  rounding: { icon: "≈", text: "Rounding" },
  conflict: { icon: "⚠", text: "Conflict" },
  unit: { icon: "⇄", text: "Different units" },
};

/** A fact's discrepancy in words and an icon, never in colour alone; the differences on hover and focus. */
export function DiscrepancyBadge({ fact }: { fact: LedgerFact }) {
  const badge = BADGES[fact.discrepancy];
  return (
    <span className={`discrepancy discrepancy-${fact.discrepancy}`} title={fact.notes.join("\n") || undefined}>
      <span aria-hidden="true">{badge.icon}</span> {badge.text}
      {fact.notes.length > 0 && <span className="visually-hidden">: {fact.notes.join("; ")}</span>}
    </span>
  );
}
