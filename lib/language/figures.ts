import { readMoreParts, readRaceTime, secondsIn } from "./durations";
import { mayStartQuantity, readQuantity, type Quantity } from "./quantity";
import type { Token } from "./tokens";

/** A figure found in the text: the words, the number they state and what it counts. */
export interface FigureMatch {
  start: number;
  end: number;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  reason: string;
}

const MONTHS = new Set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split(" "),
);
const TIME_UNITS = new Set(
  "second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries".split(" "),
);
/** Words that end the noun a number counts: verbs, prepositions, conjunctions, pronouns. */
const NOUN_STOPS = new Set(
  (
    "is are was were be been being has have had do does did will would could can may might should shall must " +
    "that which who whom whose and or but nor so yet if because while when where as than then " +
    "in on at by for from to with into onto over under between during since until after before about across through " +
    "within without against among amid toward towards around like per via " +
    "a an the this these those it its he she they we you i his her their our your my " +
    "said says say told according also not no only just even still already more most less least up down out off too ago later earlier"
  ).split(" "),
);
/** Words that may stand before the number and belong to the figure: "more than 70 million". */
const MODIFIERS: string[][] = [
  ["an", "average", "of"], ["on", "average"], ["average", "of"], ["more", "than"], ["less", "than"], ["fewer", "than"], ["up", "to"],
  ["at", "least"], ["at", "most"], ["as", "many", "as"], ["as", "much", "as"], ["as", "few", "as"], ["close", "to"], ["just", "over"],
  ["just", "under"], ["nearly"], ["almost"], ["about"], ["around"], ["roughly"], ["approximately"], ["some"], ["over"], ["between"],
  ["an", "estimated"], ["estimated"], ["only"],
];
/** A capitalised word before a bare number that does not make it a name ("In 30 days", "About 400 people"). */
const LEAD_WORDS = new Set(
  "in on at by for from to with of the a an about nearly almost some over more less fewer up around roughly only just all and but after before since during within last every each those these their its his her our".split(
    " ",
  ),
);
/** Words before a small number in words that make it point back at people or things already named. */
const DETERMINERS = new Set("the these those its their his her our my your whose both".split(" "));
/** "18 of the 22 counts", "eight of their senators". */
const PART_OF = new Set("the their those these its his her our".split(" "));
const RATES: Record<string, string> = { daily: "day", weekly: "week", monthly: "month", annually: "year", yearly: "year", hourly: "hour" };

const isWord = (t: Token | undefined): t is Token => t?.kind === "word";
const isHyphen = (t: Token | undefined) => t?.kind === "mark" && /^[-‐‑–]$/.test(t.text);
const capitalised = (t: Token) => /^\p{Lu}/u.test(t.text);

/** A date, a year, a clock time, an ordinal or a name with a number in it: not a figure. */
function isNotAQuantity(tokens: Token[], q: Quantity): boolean {
  if (q.scaled || q.unit !== null || q.value === null) return false;
  const first = tokens[q.from];
  const before = tokens[q.from - 1];
  const beforeThat = tokens[q.from - 2];
  const after = tokens[q.to];
  if (after && !after.spaced && /^(st|nd|rd|th)$/.test(after.norm)) return true;
  if (after && /^[:.]$/.test(after.text) && !after.spaced && tokens[q.to + 1]?.kind === "number" && !tokens[q.to + 1].spaced) return true;
  if (after && /^(a|p)$/.test(after.norm) && tokens[q.to + 1]?.text === ".") return true;
  if (after && /^(am|pm|gmt|utc|bst|cet|et|pt|o'clock)$/.test(after.norm)) return true;
  if ((before && MONTHS.has(before.norm.replace(".", ""))) || (before?.text === "." && beforeThat && MONTHS.has(beforeThat.norm))) return true;
  if (after && MONTHS.has(after.norm)) return true;
  if (first.kind === "number" && /^\d{4}$/.test(first.text) && q.value >= 1800 && q.value <= 2100 && q.valueMax === null) return true;
  if (first.kind === "number" && /^\d{4}$/.test(first.text) && q.valueMax !== null && q.value >= 1800 && q.valueMax <= 2100) return true;
  // "G-20", "COVID-19", "IE 11", "Section 215": a name that carries a number.
  if (before && isHyphen(before) && !before.spaced && isWord(beforeThat) && !first.spaced) return true;
  if (first.kind === "number" && isWord(before) && capitalised(before) && !LEAD_WORDS.has(before.norm)) return true;
  // "24-7-365", phone numbers.
  if (isHyphen(after) && tokens[q.to + 1]?.kind === "number") return true;
  if (isHyphen(before) && !before.spaced && beforeThat?.kind === "number") return true;
  return false;
}

/** The noun a quantity counts, from token `j`: "pieces of French telephone data", "phone calls". */
function readCountedNoun(tokens: Token[], j: number, allowOf: boolean): { to: number; words: string[] } {
  const words: string[] = [];
  let to = j;
  if (allowOf && tokens[to]?.norm === "of" && isWord(tokens[to + 1]) && !NOUN_STOPS.has(tokens[to + 1].norm)) to += 1;
  let usedOf = false;
  while (words.length < 5 && isWord(tokens[to])) {
    const word = tokens[to];
    if (word.norm === "of") {
      if (usedOf || words.length === 0 || !isWord(tokens[to + 1]) || NOUN_STOPS.has(tokens[to + 1].norm)) break;
      usedOf = true;
      words.push("of");
      to += 1;
      continue;
    }
    if (NOUN_STOPS.has(word.norm) || MONTHS.has(word.norm) || /ly$/.test(word.norm)) break;
    words.push(word.text);
    to += 1;
    // Compound words written with a hyphen ("e-mail", "long-range") stay one word.
    if (isHyphen(tokens[to]) && !tokens[to].spaced && isWord(tokens[to + 1]) && !tokens[to + 1].spaced) {
      words[words.length - 1] += `-${tokens[to + 1].text}`;
      to += 2;
    }
  }
  return { to, words };
}

/** "a day", "per year", "each month", "daily" after a figure. */
function readRate(tokens: Token[], j: number): { to: number; per: string } | null {
  const first = tokens[j];
  if (!first) return null;
  if (first.norm in RATES) return { to: j + 1, per: RATES[first.norm] };
  const unit = tokens[j + 1]?.norm;
  if (/^(a|an|per|each|every)$/.test(first.norm) && unit && TIME_UNITS.has(unit) && !unit.endsWith("s")) return { to: j + 2, per: unit };
  return null;
}

function readModifier(tokens: Token[], from: number): number {
  for (const words of MODIFIERS) {
    const at = from - words.length;
    if (at >= 0 && words.every((word, k) => tokens[at + k].norm === word)) return at;
  }
  return from;
}

function describe(q: Quantity, duration: boolean, counted: string | null): string {
  if (q.value === null) return `vague quantity${counted ? ` of ${counted}` : ""}`;
  if (q.unit === "%" || q.unit === "percentage points") return "percentage";
  if (q.unit) return "sum of money";
  if (q.valueMax !== null) return "range of numbers";
  if (duration) return "duration";
  if (q.inWords) return "number in words with what it counts";
  return "number with a unit";
}

/** Every figure in one sentence's tokens: a quantity with what it counts, never a date, a year or a name. */
export function findFigures(tokens: Token[]): FigureMatch[] {
  const figures: FigureMatch[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!mayStartQuantity(tokens[i])) continue;
    const race = readRaceTime(tokens, i);
    if (race) {
      figures.push({ start: tokens[i].start, end: tokens[race.to - 1].end, value: race.seconds, valueMax: null, unit: "seconds", reason: "race time" });
      i = race.to - 1;
      continue;
    }
    const q = readQuantity(tokens, i);
    if (!q) continue;
    if (isNotAQuantity(tokens, q)) {
      i = q.to - 1;
      continue;
    }
    let to = q.to;
    let duration = false;
    let unitWord: string | null = null;
    // "30-day period", "one-month period", "5-year-old".
    if (isHyphen(tokens[to]) && !tokens[to].spaced && isWord(tokens[to + 1]) && !tokens[to + 1].spaced) {
      unitWord = tokens[to + 1].norm;
      duration = TIME_UNITS.has(unitWord);
      to += 2;
      while (isHyphen(tokens[to]) && !tokens[to].spaced && isWord(tokens[to + 1])) to += 2;
    }
    // "a 62-year-old man", "a three-time champion", "a 6-foot-5 guard", "No. 12-cr-00204": ages, ranks, heights and ids.
    if (unitWord && (/(?:^|-)(?:old|time)$/.test(tokens.slice(q.to, to).map((t) => t.norm).join("")) || unitWord === "foot" || (isHyphen(tokens[to]) && !tokens[to].spaced && tokens[to + 1]?.kind === "number"))) {
      i = to - 1;
      continue;
    }
    // "18 of the 22 counts", "eight of their senators": a part of a whole is one figure.
    const part = !q.scaled && q.unit === null && !unitWord && tokens[to]?.norm === "of" && PART_OF.has(tokens[to + 1]?.norm ?? "");
    const noun = readCountedNoun(tokens, part ? to + (tokens[to + 2]?.kind === "number" ? 3 : 2) : to, q.scaled || q.value === null);
    to = noun.to;
    // "2 hours 17 minutes 1 second": one duration.
    const parts = q.value !== null && noun.words.length === 1 && secondsIn(noun.words[0].toLowerCase()) !== null ? readMoreParts(tokens, to) : null;
    if (parts) to = parts.to;
    const rate = readRate(tokens, to);
    if (rate) to = rate.to;
    const counted = noun.words.length ? noun.words.join(" ") : null;
    if (counted && !unitWord && TIME_UNITS.has(noun.words[0].toLowerCase())) duration = true;

    const bare = !q.scaled && q.unit === null && q.value !== null && unitWord === null;
    // A number with thousands written out counts something even when the noun is understood ("cut by 7,000 to 72,000").
    const grouped = bare && tokens[q.from].kind === "number" && /^\d{1,3}(?:,\d{3})+$/.test(tokens[q.from].text);
    if (bare && !counted && !grouped) {
      i = q.to - 1;
      continue;
    }
    // "four years ago", "13 months later": a date, not a duration.
    if (/^(?:ago|later|earlier)$/.test(tokens[to]?.norm ?? "")) {
      i = to - 1;
      continue;
    }
    // A small number in words that points back at people already named is not a figure ("the two presidents", "one of our allies").
    const before = tokens[q.from - 1]?.norm ?? "";
    if (bare && q.inWords && q.value !== null && q.value < 20 && (q.value === 1 || DETERMINERS.has(before))) {
      i = q.to - 1;
      continue;
    }
    const unitParts = [q.unit ?? (unitWord ? (duration ? `${unitWord}s` : unitWord) : counted)];
    if (rate) unitParts.push(`per ${rate.per}`);
    const unit = unitParts.filter(Boolean).join(" ") || null;
    const from = readModifier(tokens, q.from);
    if (parts) {
      figures.push({ start: tokens[from].start, end: tokens[to - 1].end, value: q.value! * secondsIn(noun.words[0].toLowerCase())! + parts.seconds, valueMax: null, unit: "seconds", reason: "duration" });
      i = to - 1;
      continue;
    }
    figures.push({
      start: tokens[from].start,
      end: tokens[to - 1].end,
      value: q.value,
      valueMax: q.valueMax,
      unit,
      reason: describe(q, duration, counted),
    });
    i = to - 1;
  }
  return figures;
}
