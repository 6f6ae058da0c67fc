"use client";

import { CLAIM_RATINGS, DENIAL_FINDINGS, FIGURE_OUTCOMES, type Verdict } from "@/lib/vocabulary/verdicts";

type Kind = Verdict["kind"];

/** The verdict an approval needs, by kind: a rating, a figure's outcome, or a denial's finding. */
export function VerdictFields({ kind, value, onChange }: { kind: Kind; value: Verdict | null; onChange(verdict: Verdict | null): void }) {
  if (kind === "CLAIM") {
    return (
      <div className="field">
        <label htmlFor="verdict-rating">Rating</label>
        <select
          id="verdict-rating"
          value={value?.kind === "CLAIM" ? value.rating : ""}
          onChange={(e) => onChange(e.target.value ? { kind: "CLAIM", rating: e.target.value as keyof typeof CLAIM_RATINGS } : null)}
        >
          <option value="">Choose a rating…</option>
          {Object.entries(CLAIM_RATINGS).map(([key, { label }]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      </div>
    );
  }
  if (kind === "FIGURE") {
    const current = value?.kind === "FIGURE" ? value : null;
    return (
      <>
        <div className="field">
          <label htmlFor="verdict-outcome">Figure is</label>
          <select
            id="verdict-outcome"
            value={current?.outcome ?? ""}
            onChange={(e) =>
              onChange(e.target.value ? { kind: "FIGURE", outcome: e.target.value as keyof typeof FIGURE_OUTCOMES, correctedValue: current?.correctedValue } : null)
            }
          >
            <option value="">Choose…</option>
            {Object.entries(FIGURE_OUTCOMES).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {current?.outcome === "CORRECTED" && (
          <div className="field">
            <label htmlFor="verdict-corrected">Correct figure</label>
            <input id="verdict-corrected" value={current.correctedValue ?? ""} onChange={(e) => onChange({ ...current, correctedValue: e.target.value })} />
          </div>
        )}
      </>
    );
  }
  return (
    <div className="field">
      <label htmlFor="verdict-finding">What was denied</label>
      <select
        id="verdict-finding"
        value={value?.kind === "DENIAL" ? value.finding : ""}
        onChange={(e) => onChange(e.target.value ? { kind: "DENIAL", finding: e.target.value as keyof typeof DENIAL_FINDINGS } : null)}
      >
        <option value="">Choose…</option>
        {Object.entries(DENIAL_FINDINGS).map(([key, label]) => (
          <option key={key} value={key}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
