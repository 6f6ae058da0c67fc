import { canonicalText } from "./claim-synonyms";
import { claimWords } from "./claim-words";
import { mayStartQuantity, readQuantity } from "./quantity";
import { tokenize, type Token } from "./tokens";

/**
 * What decides whether two statements are one claim, beyond the words they share: the numbers
 * they state (70.3 million and 7 million are two claims; "more than 70 million" may be the
 * same), whether one says the opposite (a claim and its denial are two claims), which way a
 * change goes (rose, fell) and whom it names. Pure and fast: the memory (lib/claims) reranks the
 * candidates PostgreSQL's indexes find with it.
 */
export interface ClaimSignature {
  /** Content words, stemmed (claim-words.ts), each with its weight: names count double. */
  words: Map<string, number>;
  /** The names it mentions, in the same stemmed form as `words`. */
  names: Set<string>;
  numbers: StatedNumber[];
  /** Says that something is not so ("did not", "never", "denied that", "no evidence"). */
  negated: boolean;
  /** Which way a change it reports goes: 1 up ("rose"), -1 down ("fell"), 0 neither or both. */
  direction: -1 | 0 | 1;
}

export interface StatedNumber {
  value: number;
  valueMax: number | null;
  unit: string | null;
  /** Significant digits as written ("70.3" three, "70" one): how precisely it was stated. */
  digits: number;
  /** Written with a scale ("million", "bn"): a quantity, not a year or a day of the month. */
  scaled: boolean;
}

const NEGATIONS = new Set(["not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "without", "deny", "denies", "denied", "denying", "false"]);
const UP = new Set(["rise", "rises", "rose", "risen", "rising", "increase", "increased", "increases", "increasing", "grew", "grow", "grows", "grown", "growing", "soared", "soar", "jumped", "jump", "climbed", "climb", "doubled", "tripled", "gained", "surged"]);
const DOWN = new Set(["fall", "falls", "fell", "fallen", "falling", "decrease", "decreased", "decreases", "decreasing", "declined", "decline", "declines", "dropped", "drop", "drops", "shrank", "shrink", "shrunk", "plunged", "plunge", "slumped", "halved", "cut", "cuts", "lost", "dwindled"]);

/** Words that open a sentence in capitals without being a name. */
const OPENERS = new Set(
  "the a an in on at by for from to with of this that these those it its he she they we i there here when while after before since during as if but and or so yet some many most more less all every each one two three four five six seven eight nine ten".split(
    " ",
  ),
);

/** Significant digits of a number as written: trailing zeros of a whole number do not count ("70" is one, "2012" four). */
function significantDigits(written: string): number {
  const digits = written.replace(/[^0-9.]/g, "");
  if (digits.includes(".")) return digits.replace(".", "").replace(/^0+/, "").length || 1;
  return digits.replace(/^0+/, "").replace(/0+$/, "").length || 1;
}

function readNumbers(tokens: Token[]): StatedNumber[] {
  const numbers: StatedNumber[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!mayStartQuantity(tokens[i])) continue;
    const quantity = readQuantity(tokens, i);
    if (!quantity) continue;
    i = quantity.to - 1;
    if (quantity.value === null) continue;
    const written = tokens.slice(quantity.from, quantity.to).find((t) => t.kind === "number");
    numbers.push({
      value: quantity.value,
      valueMax: quantity.valueMax,
      unit: quantity.unit,
      digits: written ? significantDigits(written.text) : 1,
      scaled: quantity.scaled,
    });
  }
  return numbers;
}

/** The signature of a statement: read once, compared with many. */
export function claimSignature(text: string): ClaimSignature {
  const tokens = tokenize(text);
  const names = new Set<string>();
  tokens.forEach((token, i) => {
    if (token.kind !== "word" || token.text.length < 2 || !/^\p{Lu}/u.test(token.text)) return;
    const previous = tokens[i - 1];
    // A capital after a full stop (or at the start) is a sentence's first word: a name only if it is not a common opener.
    const opensSentence = !previous || (previous.kind === "mark" && /[.!?"“]/.test(previous.text));
    if (opensSentence && OPENERS.has(token.norm)) return;
    for (const word of claimWords(token.text)) names.add(word);
  });
  const words = new Map<string, number>();
  for (const word of claimWords(canonicalText(text))) {
    if (/^\d/.test(word)) continue;
    words.set(word, names.has(word) ? 2 : 1);
  }
  let up = false;
  let down = false;
  let negated = false;
  for (const token of tokens) {
    if (token.kind !== "word") continue;
    if (NEGATIONS.has(token.norm) || token.norm.endsWith("n't")) negated = true;
    if (UP.has(token.norm)) up = true;
    if (DOWN.has(token.norm)) down = true;
  }
  return { words, names, numbers: readNumbers(tokens), negated, direction: up === down ? 0 : up ? 1 : -1 };
}

/** Whether two stated numbers can be one figure: the same, or the more precise one rounded as the other was written. */
export function sameNumber(a: StatedNumber, b: StatedNumber): boolean {
  if (a.unit && b.unit && a.unit !== b.unit) return false;
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

export interface ClaimComparison {
  /** 0–1: the share of weighted content words the two have in common (Dice). */
  words: number;
  numbers: NumberAgreement;
  /** One says something is not so and the other does not. */
  opposite: boolean;
  /** One reports a rise and the other a fall. */
  otherWay: boolean;
  /** Both name someone or something, and no name is common to both. */
  otherNames: boolean;
}

function weightedDice(a: Map<string, number>, b: Map<string, number>): number {
  let total = 0;
  let common = 0;
  for (const [word, weight] of a) {
    total += weight;
    const other = b.get(word);
    if (other !== undefined) common += Math.min(weight, other);
  }
  for (const weight of b.values()) total += weight;
  return total === 0 ? 0 : (2 * common) / total;
}

export function compareClaims(a: ClaimSignature, b: ClaimSignature): ClaimComparison {
  let sharedName = false;
  for (const name of a.names) if (b.names.has(name) || b.words.has(name)) sharedName = true;
  for (const name of b.names) if (a.words.has(name)) sharedName = true;
  return {
    words: weightedDice(a.words, b.words),
    numbers: numberAgreement(a.numbers, b.numbers),
    opposite: a.negated !== b.negated,
    otherWay: a.direction !== 0 && b.direction !== 0 && a.direction !== b.direction,
    otherNames: a.names.size > 0 && b.names.size > 0 && !sharedName,
  };
}
