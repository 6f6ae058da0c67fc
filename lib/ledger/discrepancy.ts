import { measureOf, type FigureMeasure } from "../language/figure-unit";

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

const precisions = new Map<number, number>();

/** The place of a number's last significant digit: 70,300,000 → 100,000; 70,000,000 → 10,000,000; 3.5 → 0.1. */
export function precisionOf(value: number): number {
  const known = precisions.get(value);
  if (known !== undefined) return known;
  let found = 1e-6;
  if (value === 0) found = 1;
  else {
    for (let exponent = Math.floor(Math.log10(Math.abs(value))); exponent > -7; exponent -= 1) {
      const step = 10 ** exponent;
      const ratio = value / step;
      if (Math.abs(ratio - Math.round(ratio)) < 1e-9 * Math.max(1, Math.abs(ratio))) {
        found = step;
        break;
      }
    }
  }
  // Remembered: a ledger compares the same few values pair after pair.
  if (precisions.size > 10_000) precisions.clear();
  precisions.set(value, found);
  return found;
}

// One formatter for every number: toLocaleString with options builds a new one per call, which a
// ledger of thousands of figures pays for thousands of times.
const inWords = new Intl.NumberFormat("en", { maximumFractionDigits: 6 });
const words = (n: number) => inWords.format(n);
const range = (f: { lo: number; hi: number }) => (f.lo === f.hi ? words(f.lo) : `${words(f.lo)}–${words(f.hi)}`);

/**
 * How two articles' versions of one fact differ: the same number; a rounding (equal within the
 * precision of the less precise one: 70.3 million and 70 million); a conflict (anything more, and
 * a range that only partly agrees with the other figure says so); or a unit mismatch (calls
 * against records, a daily rate against a total). A vague figure ("millions") agrees with any
 * number of the same unit, as a rounding.
 */
export function compareFigures(a: StatedFigure, b: StatedFigure): Comparison {
  return compareMeasured(a, measureOf(a.unit), b, measureOf(b.unit));
}

function compareMeasured(a: StatedFigure, ma: FigureMeasure, b: StatedFigure, mb: FigureMeasure): Comparison {
  const found = classOf(a, ma, b, mb);
  return { class: found, note: noteOf(found, a, ma, b, mb) };
}

/** The class alone, with no words: what a fact of hundreds of figures compares pair by pair. */
function classOf(a: StatedFigure, ma: FigureMeasure, b: StatedFigure, mb: FigureMeasure): DiscrepancyClass {
  if (ma.dimension !== mb.dimension || ma.per !== mb.per || (ma.family && mb.family && ma.family !== mb.family)) return "unit";
  if (a.value === null || b.value === null) return a.value === b.value ? "same" : "rounding";
  const x = { lo: a.value * ma.scale, hi: (a.valueMax ?? a.value) * ma.scale };
  const y = { lo: b.value * mb.scale, hi: (b.valueMax ?? b.value) * mb.scale };
  if (x.lo === y.lo && x.hi === y.hi) return "same";
  if (x.lo === x.hi && y.lo === y.hi) {
    const [coarse, fine] = precisionOf(x.lo) >= precisionOf(y.lo) ? [x.lo, y.lo] : [y.lo, x.lo];
    const step = precisionOf(coarse);
    return Math.round(fine / step) * step === coarse ? "rounding" : "conflict";
  }
  return "conflict";
}

function noteOf(found: DiscrepancyClass, a: StatedFigure, ma: FigureMeasure, b: StatedFigure, mb: FigureMeasure): string {
  if (found === "unit") return `${a.unit ?? "no unit"} against ${b.unit ?? "no unit"}`;
  if (a.value === null || b.value === null) return a.value === b.value ? "both vague" : "one of them gives no number";
  const x = { lo: a.value * ma.scale, hi: (a.valueMax ?? a.value) * ma.scale };
  const y = { lo: b.value * mb.scale, hi: (b.valueMax ?? b.value) * mb.scale };
  if (found === "same") return `both ${range(x)}`;
  if (x.lo === x.hi && y.lo === y.hi) {
    const [coarse, fine] = precisionOf(x.lo) >= precisionOf(y.lo) ? [x.lo, y.lo] : [y.lo, x.lo];
    return found === "rounding" ? `${words(fine)} rounds to ${words(coarse)}` : `${words(x.lo)} against ${words(y.lo)}`;
  }
  const overlap = x.lo <= y.hi && y.lo <= x.hi;
  return overlap ? `${range(x)} only partly agrees with ${range(y)}` : `${range(x)} against ${range(y)}`;
}

/**
 * A fact's discrepancy, the worst of its pairs ("none" when every pair is the same), and what
 * differs in words, at most `maxNotes` lines: a fact may hold hundreds of figures.
 */
export function describeFact(stated: StatedFigure[], maxNotes = 6): { discrepancy: FactDiscrepancy; notes: string[] } {
  // Outlets repeat each other's numbers: each distinct statement is compared once, so a fact of
  // fifty figures in five roundings is ten pairs, not twelve hundred.
  const figures = [...new Map(stated.map((f) => [`${f.value}|${f.valueMax}|${f.unit}`, f])).values()];
  const measures = figures.map((f) => measureOf(f.unit));
  const notes = new Set<string>();
  // Words cost far more than classes: a few pairs are described, every pair is classed.
  let described = 0;
  let worst: DiscrepancyClass = "same";
  for (let i = 0; i < figures.length; i += 1) {
    for (let j = i + 1; j < figures.length; j += 1) {
      const found = classOf(figures[i], measures[i], figures[j], measures[j]);
      if (SEVERITY[found] > SEVERITY[worst]) worst = found;
      if (found !== "same" && notes.size < maxNotes && described < maxNotes * 4) {
        described += 1;
        notes.add(`${found}: ${noteOf(found, figures[i], measures[i], figures[j], measures[j])}`);
      }
    }
  }
  return { discrepancy: worst === "same" ? "none" : worst, notes: [...notes] };
}

export const factDiscrepancy = (figures: StatedFigure[]): FactDiscrepancy => describeFact(figures, 0).discrepancy;

/** A fact's class: "none" when every pair is the same. */
export type FactDiscrepancy = Exclude<DiscrepancyClass, "same"> | "none";
