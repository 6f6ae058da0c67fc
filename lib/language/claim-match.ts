import { numberAgreement, readNumbers, type NumberAgreement, type StatedNumber } from "./claim-numbers";
import { canonicalText } from "./claim-synonyms";
import { claimWords } from "./claim-words";
import { tokenize } from "./tokens";

export { numberAgreement, sameNumber, type NumberAgreement, type StatedNumber } from "./claim-numbers";

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

const NEGATIONS = new Set(["not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "without", "deny", "denies", "denied", "denying", "false"]);
/** Words that say "not" without the word: "stopped teaching" is "no longer teaches", "tested negative" is "not positive". */
const IMPLIED_NEGATIONS = new Set(["stopped", "ceased", "failed", "refused", "lacks", "lacked", "negative"]);
const UP = new Set(
  "rise rises rose risen rising increase increased increases increasing grew grow grows grown growing soared soar jumped jump climbed climb doubled tripled gained surged highest high".split(" "),
);
const DOWN = new Set(
  "fall falls fell fallen falling decrease decreased decreases decreasing declined decline declines dropped drop drops shrank shrink shrunk plunged plunge slumped halved cut cuts dwindled lowest low".split(
    " ",
  ),
);

/** The signature of a statement: read once, compared with many. */
export function claimSignature(text: string): ClaimSignature {
  const tokens = tokenize(text);
  const names = new Set<string>();
  tokens.forEach((token, i) => {
    if (token.kind !== "word" || token.text.length < 2 || !/^\p{Lu}/u.test(token.text)) return;
    const previous = tokens[i - 1];
    // A capital that opens a sentence says nothing: "Joblessness rose", "Insulin costs".
    if (!previous || (previous.kind === "mark" && /[.!?"“:]/.test(previous.text))) return;
    for (const word of claimWords(canonicalText(token.text))) names.add(word);
  });
  const words = new Map<string, number>();
  for (const word of claimWords(canonicalText(text))) {
    if (/^\d/.test(word)) continue;
    words.set(word, names.has(word) ? 2 : 1);
  }
  let up = false;
  let down = false;
  let negated = false;
  tokens.forEach((token, i) => {
    if (token.kind !== "word") return;
    if (NEGATIONS.has(token.norm) || IMPLIED_NEGATIONS.has(token.norm) || token.norm.endsWith("n't")) negated = true;
    // "miss out on" free meals is not getting them; "missed 78 per cent of votes" is a number.
    if (/^miss(es|ed|ing)?$/.test(token.norm) && tokens[i + 1]?.norm === "out") negated = true;
    // "up 18%" and "down a third" say which way; "up to seven million" is a range.
    const next = tokens[i + 1]?.norm;
    if (UP.has(token.norm) || (token.norm === "up" && next !== "to")) up = true;
    if (DOWN.has(token.norm) || (token.norm === "down" && next !== "to")) down = true;
  });
  return { words, names, numbers: readNumbers(tokens), negated, direction: up === down ? 0 : up ? 1 : -1 };
}

export interface ClaimComparison {
  /**
   * 0–1: how many weighted content words the two share: the mean of Dice's coefficient and of
   * the share of the shorter one's words in the other, since a retelling adds and drops words.
   */
  words: number;
  numbers: NumberAgreement;
  /** One says something is not so and the other does not. */
  opposite: boolean;
  /** One reports a rise and the other a fall. */
  otherWay: boolean;
  /** Both name someone or something, and no name is common to both. */
  otherNames: boolean;
}

function weightedOverlap(a: Map<string, number>, b: Map<string, number>): number {
  const sum = (words: Map<string, number>) => [...words.values()].reduce((total, weight) => total + weight, 0);
  const [totalA, totalB] = [sum(a), sum(b)];
  if (totalA === 0 || totalB === 0) return 0;
  let common = 0;
  for (const [word, weight] of a) {
    const other = b.get(word);
    if (other !== undefined) common += Math.min(weight, other);
  }
  return ((2 * common) / (totalA + totalB) + common / Math.min(totalA, totalB)) / 2;
}

/** A name and a word are one when they share their first five letters or are the same: "Marovia" and "Marovian". */
const sameName = (name: string, words: Iterable<string>) => {
  for (const word of words) if (word === name || (name.length >= 5 && word.length >= 5 && word.slice(0, 5) === name.slice(0, 5))) return true;
  return false;
};

export function compareClaims(a: ClaimSignature, b: ClaimSignature): ClaimComparison {
  let sharedName = false;
  for (const name of a.names) if (sameName(name, b.words.keys())) sharedName = true;
  for (const name of b.names) if (sameName(name, a.words.keys())) sharedName = true;
  return {
    words: weightedOverlap(a.words, b.words),
    numbers: numberAgreement(a.numbers, b.numbers),
    opposite: a.negated !== b.negated,
    otherWay: a.direction !== 0 && b.direction !== 0 && a.direction !== b.direction,
    otherNames: a.names.size > 0 && b.names.size > 0 && !sharedName,
  };
}
