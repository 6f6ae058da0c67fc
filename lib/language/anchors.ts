import type { Token } from "./tokens";

/**
 * What makes a statement checkable rather than vague: a number, a date, or a named thing (a
 * person, a body, a place, a document). Read from tokens; names from capitals, which in English
 * news copy mark proper nouns everywhere except at a sentence's first word. That word counts as a
 * name when the same word is capitalised elsewhere in the middle of a sentence in the text, when
 * it is an acronym ("NASA"), a possessive ("Britain's") or followed by a capitalised word ("Dennis Kimetto").
 */
export interface Anchors {
  numbers: number;
  dates: number;
  names: number;
}

const MONTHS = new Set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split(" "),
);
const WEEKDAYS = new Set("monday tuesday wednesday thursday friday saturday sunday".split(" "));
const RELATIVE_DAYS = new Set(["yesterday", "today", "tonight", "tomorrow"]);
const PERIODS = new Set("week weekend month year night season quarter spring summer autumn fall winter decade century".split(" "));
const NUMBER_WORDS = new Set(
  (
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen " +
    "twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion dozen dozens hundreds thousands millions billions " +
    "first second third fourth fifth sixth seventh eighth ninth tenth twice half"
  ).split(" "),
);
/** Capitalised words that open sentences without naming anything: determiners, pronouns, connectives, common openers. */
const NOT_NAMES = new Set(
  (
    "i a an the this that these those it its he she they we you his her their our my your there here then when while after before " +
    "but and or so yet if as at in on by for of to from with without about over under since until during between among " +
    "all both each every some many most more much few several other another such no not one only also even still just"
  ).split(" "),
);
const OPENERS = `"'“‘([«`;

// Compared by case, not by pattern: these run on every token of the text.
const isCapitalised = (t: Token) => t.kind === "word" && t.text[0] !== t.norm[0];
const isAcronym = (t: Token) => t.kind === "word" && t.text.length >= 2 && t.text === t.text.toUpperCase() && t.text !== t.norm;

/** Whether token `i` opens a sentence or a quote, where any word is capitalised. */
function opensSentence(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j -= 1) {
    const t = tokens[j];
    if (t.kind === "mark" && OPENERS.includes(t.text)) continue;
    return t.kind === "mark" && /^[.!?:…—–]$/u.test(t.text);
  }
  return true;
}

/**
 * The words of a text that are names: capitalised somewhere other than at a sentence's start (and
 * not a determiner or a connective), as their lower-case form. Computed once per text, so a name
 * that opens a sentence is still known as a name ("Kiptum won …").
 */
export function namesIn(tokens: Token[]): Set<string> {
  const names = new Set<string>();
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (!isCapitalised(t) || NOT_NAMES.has(t.norm)) continue;
    if (isAcronym(t) || !opensSentence(tokens, i)) names.add(t.norm);
  }
  return names;
}

/** Whether a token is a date word: a month, a weekday, a year, "yesterday", "last week", "four years ago". */
function dateAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind === "number" && /^\d{4}$/.test(t.text) && Number(t.text) >= 1800 && Number(t.text) <= 2100) return true;
  // "four years ago", "47,000 years ago"
  if (t.kind === "number" || NUMBER_WORDS.has(t.norm)) {
    return tokens[i + 1]?.norm === "ago" || (tokens[i + 2]?.norm === "ago" && PERIODS.has(tokens[i + 1]?.norm.replace(/s$/, "") ?? ""));
  }
  if (t.kind !== "word") return false;
  const word = t.norm;
  if (MONTHS.has(word) && (word !== "may" || isCapitalised(t))) return true;
  if (WEEKDAYS.has(word) || RELATIVE_DAYS.has(word)) return true;
  return /^(?:last|this|next|earlier|later)$/.test(word) && PERIODS.has(tokens[i + 1]?.norm ?? "");
}

/** The numbers, dates and names among tokens [from, to) of a text whose names are `names`. */
export function anchorsOf(tokens: Token[], names: Set<string>, from = 0, to = tokens.length): Anchors {
  const anchors: Anchors = { numbers: 0, dates: 0, names: 0 };
  for (let i = from; i < to; i += 1) {
    const t = tokens[i];
    if (dateAt(tokens, i)) anchors.dates += 1;
    else if (t.kind === "number" || NUMBER_WORDS.has(t.norm)) anchors.numbers += 1;
    else if (isCapitalised(t) && !NOT_NAMES.has(t.norm)) {
      const first = opensSentence(tokens, i);
      const next = tokens[i + 1];
      if (!first || isAcronym(t) || names.has(t.norm) || /'s$/.test(t.norm) || (next !== undefined && isCapitalised(next))) anchors.names += 1;
    }
  }
  return anchors;
}

export const anchorCount = (a: Anchors) => a.numbers + a.dates + a.names;
