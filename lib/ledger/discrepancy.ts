import { measureOf } from "./figure-unit";

/** A figure as one article states it. */
export interface StatedFigure {
  value: number | null;
  valueMax: number | null;
  unit: string | null;
}

export type DiscrepancyClass = "same" | "rounding" | "conflict" | "unit";

export interface Comparison {
  class: DiscrepancyClass;
  /** The difference in words, for the ledger ("70,300,000 rounds to 70,000,000"). */
  note: string;
}

const SEVERITY: Record<DiscrepancyClass, number> = { same: 0, rounding: 1, conflict: 2, unit: 3 };

/** The place of a number's last significant digit: 70,300,000 → 100,000; 70,000,000 → 10,000,000; 3.5 → 0.1. */
export function precisionOf(value: number): number {
  if (value === 0) return 1;
  for (let exponent = Math.floor(Math.log10(Math.abs(value))); exponent > -7; exponent -= 1) {
    const step = 10 ** exponent;
    const ratio = value / step;
    if (Math.abs(ratio - Math.round(ratio)) < 1e-9 * Math.max(1, Math.abs(ratio))) return step;
  }
  return 1e-6;
}

const words = (n: number) => n.toLocaleString("en", { maximumFractionDigits: 6 });
const range = (f: { lo: number; hi: number }) => (f.lo === f.hi ? words(f.lo) : `${words(f.lo)}–${words(f.hi)}`);

/**
 * How two articles' versions of one fact differ: the same number; a rounding (equal within the
 * precision of the less precise one: 70.3 million and 70 million); a conflict (anything more, and
 * a range that only partly agrees with the other figure says so); or a unit mismatch (calls
 * against records, a daily rate against a total). A vague figure ("millions") agrees with any
 * number of the same unit, as a rounding.
 */
export function compareFigures(a: StatedFigure, b: StatedFigure): Comparison {
  const ma = measureOf(a.unit);
  const mb = measureOf(b.unit);
  if (ma.dimension !== mb.dimension || ma.per !== mb.per || (ma.family && mb.family && ma.family !== mb.family)) {
    return { class: "unit", note: `${a.unit ?? "no unit"} against ${b.unit ?? "no unit"}` };
  }
  if (a.value === null || b.value === null) {
    return a.value === b.value ? { class: "same", note: "both vague" } : { class: "rounding", note: "one of them gives no number" };
  }
  const x = { lo: a.value * ma.scale, hi: (a.valueMax ?? a.value) * ma.scale };
  const y = { lo: b.value * mb.scale, hi: (b.valueMax ?? b.value) * mb.scale };
  if (x.lo === y.lo && x.hi === y.hi) return { class: "same", note: `both ${range(x)}` };
  if (x.lo === x.hi && y.lo === y.hi) {
    const [coarse, fine] = precisionOf(x.lo) >= precisionOf(y.lo) ? [x.lo, y.lo] : [y.lo, x.lo];
    const step = precisionOf(coarse);
    if (Math.round(fine / step) * step === coarse) return { class: "rounding", note: `${words(fine)} rounds to ${words(coarse)}` };
    return { class: "conflict", note: `${words(x.lo)} against ${words(y.lo)}` };
  }
  const overlap = x.lo <= y.hi && y.lo <= x.hi;
  return { class: "conflict", note: overlap ? `${range(x)} only partly agrees with ${range(y)}` : `${range(x)} against ${range(y)}` };
}

/** A fact's discrepancy: the worst of its pairs, "none" when every pair is the same. */
export function factDiscrepancy(figures: StatedFigure[]): FactDiscrepancy {
  let worst: DiscrepancyClass = "same";
  for (let i = 0; i < figures.length; i += 1) {
    for (let j = i + 1; j < figures.length; j += 1) {
      const found = compareFigures(figures[i], figures[j]).class;
      if (SEVERITY[found] > SEVERITY[worst]) worst = found;
    }
  }
  return worst === "same" ? "none" : worst;
}

/** A fact's class: "none" when every pair is the same. */
export type FactDiscrepancy = Exclude<DiscrepancyClass, "same"> | "none";
