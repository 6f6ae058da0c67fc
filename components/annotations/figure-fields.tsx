"use client";

import { useState, type FormEvent } from "react";
import type { FigureValue } from "@/lib/annotations/annotation-view";
import { ErrorAlert } from "@/components/ui/alert";
import { formatFigure } from "@/lib/annotations/format-figure";

/** A typed number ("70,300,000", "70.3e6"), null when empty, undefined when it is not a number. */
const parse = (raw: FormDataEntryValue | null): number | null | undefined => {
  const text = String(raw ?? "").replace(/[,\s]/g, "");
  if (text === "") return null;
  const number = Number(text);
  return Number.isFinite(number) ? number : undefined;
};

/**
 * A figure's stated value, kept with the annotation for the story ledger: the number (or a range)
 * and what it counts. Filled in from a suggestion, editable here; the server checks it.
 */
export function FigureFields({ id, figure, readOnly, busy, onSave }: { id: string; figure: FigureValue; readOnly: boolean; busy: boolean; onSave(figure: FigureValue): void }) {
  const [dirty, setDirty] = useState(false);
  const [problem, setProblem] = useState<string>();
  if (readOnly) {
    return (
      <p className="figure-value">
        <span className="label">Value</span> {formatFigure(figure)}
      </p>
    );
  }
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = parse(form.get("value"));
    const valueMax = parse(form.get("valueMax"));
    // JSON has no NaN: a mistyped number would reach the server as "no value", so it is caught here.
    if (value === undefined || valueMax === undefined) {
      setProblem("Write the value as a number, for example 70300000 or 70.3.");
      return;
    }
    setProblem(undefined);
    onSave({ value, valueMax, unit: String(form.get("unit") ?? "").trim() || null });
    setDirty(false);
  }
  return (
    <form className="figure-fields" onSubmit={submit} onChange={() => setDirty(true)} aria-label="Figure value">
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-value`}>Value</label>
          <input id={`${id}-value`} name="value" inputMode="decimal" defaultValue={figure.value ?? ""} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-valueMax`}>Up to (for a range)</label>
          <input id={`${id}-valueMax`} name="valueMax" inputMode="decimal" defaultValue={figure.valueMax ?? ""} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-unit`}>What it counts</label>
          <input id={`${id}-unit`} name="unit" defaultValue={figure.unit ?? ""} />
        </div>
      </div>
      <ErrorAlert message={problem} />
      <button type="submit" className="secondary" disabled={busy || !dirty}>
        Save value
      </button>
    </form>
  );
}
