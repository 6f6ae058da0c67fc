import { mayStartQuantity, readQuantity } from "./quantity";
import type { Token } from "./tokens";

/** A number a claim states: what two claims must agree on to be one claim (claim-match.ts). */
export interface StatedNumber {
  value: number;
  valueMax: number | null;
  unit: string | null;
  /** Significant digits as written ("70.3" three, "70" one): how precisely it was stated. */
  digits: number;
  /** Written with a scale ("million", "bn"): a quantity, not a year or a day of the month. */
  scaled: boolean;
  /** What else the words may mean: "300m" is 300 million after a currency, and often 300 metres. */
  alternatives: number[];
}

/** Significant digits of a number as written: trailing zeros of a whole number do not count ("70" is one, "2012" four). */
function significantDigits(written: string): number {
  const digits = written.replace(/[^0-9.]/g, "");
  if (digits.includes(".")) return digits.replace(".", "").replace(/^0+/, "").length || 1;
  return digits.replace(/^0+/, "").replace(/0+$/, "").length || 1;
}

const COUNTS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, hundred: 100 };
const PARTS: Record<string, number> = { half: 50, third: 100 / 3, thirds: 100 / 3, quarter: 25, quarters: 25, fifth: 20, fifths: 20, tenth: 10, tenths: 10 };

/**
 * A share said in words, as the per cent it is: "one in five" (20 %), "a quarter", "two thirds",
 * "half". Answers the share and the tokens it took, or null.
 */
function readShare(tokens: Token[], i: number): { to: number; percent: number } | null {
  const [a, b, c] = [tokens[i]?.norm, tokens[i + 1]?.norm, tokens[i + 2]?.norm];
  if ((a === "one" || a === "a") && b === "in" && c !== undefined) {
    const of = tokens[i + 2].kind === "number" ? Number(c) : COUNTS[c];
    if (of > 1) return { to: i + 3, percent: 100 / of };
  }
  if ((a === "a" || a === "one") && b && b in PARTS && b !== "half") return { to: i + 2, percent: PARTS[b] };
  if (a && a in COUNTS && COUNTS[a] <= 9 && b && b in PARTS && b.endsWith("s")) return { to: i + 2, percent: COUNTS[a] * PARTS[b] };
  if (a === "half" && b !== "a") return { to: i + 1, percent: 50 };
  return null;
}

const MULTIPLIED: Record<string, number> = { doubled: 2, tripled: 3, trebled: 3, quadrupled: 4 };
const AFTER_TIMES = new Set(["as", "more", "higher", "larger", "bigger", "greater", "the", "what", "that"]);

/** A change said as a multiple: "tripled", "three times as much", "twice as many". */
function readMultiple(tokens: Token[], i: number): { to: number; times: number } | null {
  const [a, b, c] = [tokens[i]?.norm, tokens[i + 1]?.norm, tokens[i + 2]?.norm];
  if (a && a in MULTIPLIED) return { to: i + 1, times: MULTIPLIED[a] };
  if (a === "twice" && b && AFTER_TIMES.has(b)) return { to: i + 1, times: 2 };
  const times = tokens[i]?.kind === "number" ? Number(a) : a ? COUNTS[a] : undefined;
  if (times && times > 1 && b === "times" && c && AFTER_TIMES.has(c)) return { to: i + 2, times };
  return null;
}

/** The numbers of a statement, in order: quantities (quantity.ts), shares said in words and multiples. */
export function readNumbers(tokens: Token[]): StatedNumber[] {
  const numbers: StatedNumber[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const share = readShare(tokens, i);
    if (share) {
      numbers.push({ value: share.percent, valueMax: null, unit: "%", digits: 2, scaled: false, alternatives: [] });
      i = share.to - 1;
      continue;
    }
    const multiple = readMultiple(tokens, i);
    if (multiple) {
      numbers.push({ value: multiple.times, valueMax: null, unit: "×", digits: 1, scaled: false, alternatives: [] });
      i = multiple.to - 1;
      continue;
    }
    if (!mayStartQuantity(tokens[i])) continue;
    const quantity = readQuantity(tokens, i);
    if (!quantity) continue;
    i = quantity.to - 1;
    if (quantity.value === null) continue;
    let value = quantity.value;
    // "two and a half years"
    if (tokens[i + 1]?.norm === "and" && tokens[i + 2]?.norm === "a" && tokens[i + 3]?.norm === "half") {
      value += 0.5;
      i += 3;
    }
    const written = tokens.slice(quantity.from, quantity.to).find((t) => t.kind === "number");
    const suffix = tokens[quantity.to - 1];
    const ambiguous = quantity.unit === null && written !== undefined && suffix.norm === "m" && !suffix.spaced;
    numbers.push({
      value,
      valueMax: quantity.valueMax,
      unit: quantity.unit,
      digits: written ? significantDigits(written.text) : 1,
      scaled: quantity.scaled,
      alternatives: ambiguous ? [value / 1e6] : [],
    });
  }
  return numbers;
}

/** Whether two stated numbers can be one figure: the same, or the more precise one rounded as the other was written. */
export function sameNumber(a: StatedNumber, b: StatedNumber): boolean {
  if (a.unit && b.unit && a.unit !== b.unit) return false;
  if (a.alternatives.some((value) => sameNumber({ ...a, value, alternatives: [], scaled: false }, b))) return true;
  if (b.alternatives.some((value) => sameNumber(a, { ...b, value, alternatives: [], scaled: false }))) return true;
  const [lowA, highA] = [a.value, a.valueMax ?? a.value];
  const [lowB, highB] = [b.value, b.valueMax ?? b.value];
  if (lowA <= highB && lowB <= highA) return true;
  // Years, days and counts written in full must be equal; a rounded quantity ("70 million") may stand for a precise one.
  if (!a.scaled && !b.scaled && Number.isInteger(a.value) && Number.isInteger(b.value) && a.digits >= 3 && b.digits >= 3) return false;
  const [rough, precise] = a.digits <= b.digits ? [a, b] : [b, a];
  const round = (value: number) => {
    if (value === 0) return 0;
    const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - rough.digits + 1);
    return Math.round(value / magnitude) * magnitude;
  };
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y), 1);
  return close(round(precise.value), round(rough.value)) || (precise.valueMax !== null && close(round(precise.valueMax), round(rough.value)));
}

export type NumberAgreement = "same" | "conflict" | "one-sided" | "none";

/**
 * How the numbers of two statements agree: "same" when every number of the one with fewer has
 * its like in the other, "conflict" when one of them has none (70.3 million against 7 million),
 * "one-sided" when only one states numbers, "none" when neither does.
 */
export function numberAgreement(a: StatedNumber[], b: StatedNumber[]): NumberAgreement {
  if (!a.length && !b.length) return "none";
  if (!a.length || !b.length) return "one-sided";
  const [fewer, more] = a.length <= b.length ? [a, b] : [b, a];
  return fewer.every((n) => more.some((m) => sameNumber(n, m))) ? "same" : "conflict";
}
