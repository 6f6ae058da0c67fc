/**
 * What a figure counts, reduced to what can be compared across outlets: its dimension (a count,
 * a duration, money, a share), the kind of thing counted ("calls", "records"), and whether it is
 * a rate ("per day"). Durations are in days, so "a one-month period" and "a 30-day period" meet.
 */
export interface FigureMeasure {
  dimension: "count" | "duration" | "money" | "percent";
  /** For counts: the family of the counted noun ("calls", "records", "people"), or null when unknown. */
  family: string | null;
  /** "day" for "a day", "per day", "daily"; null for a total. */
  per: string | null;
  /** What to multiply the stated value by to compare it: 30 for months counted in days. */
  scale: number;
  /** The counted words, lower case, singular, without small words: for similarity. */
  words: string[];
}

const DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365, decade: 3650, hour: 1 / 24, minute: 1 / 1440 };
const CURRENCIES = new Set(["usd", "eur", "gbp", "jpy", "cny", "chf", "inr"]);
/** Families of counted nouns that newsrooms report interchangeably for one kind of thing. */
const FAMILIES: Record<string, string> = {
  call: "calls", phone: "calls", conversation: "calls", communication: "calls",
  record: "records", recording: "records", data: "records", piece: "records", bit: "records", intercept: "records", message: "records",
  metadata: "records", log: "records", file: "records", document: "records", email: "records", "e-mail": "records", sms: "records", text: "records",
  person: "people", people: "people", resident: "people", citizen: "people", civilian: "people", victim: "people", death: "deaths", dead: "deaths",
};
const SMALL = new Set(["of", "the", "a", "an", "and", "in", "on", "per", "french", "us", "u.s."]);

function singular(word: string): string {
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.endsWith("ses") || word.endsWith("xes")) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

const measures = new Map<string, Readonly<FigureMeasure>>();

/**
 * Reads a figure's unit as the suggester writes it ("pieces of French telephone data per day",
 * "days", "%", "USD"). Remembered per unit: a story's thousands of figures share a few units, and a
 * ledger reads each figure's unit several times. The result is shared, so never change it.
 */
export function measureOf(unit: string | null): Readonly<FigureMeasure> {
  const key = unit ?? "";
  const known = measures.get(key);
  if (known) return known;
  const measure = readMeasure(key);
  if (measures.size > 10_000) measures.clear();
  measures.set(key, measure);
  return measure;
}

function readMeasure(unit: string): FigureMeasure {
  const text = unit.toLowerCase().trim();
  const rate = /\s*per\s+(\w+)$/.exec(text);
  const per = rate ? singular(rate[1]) : null;
  const body = rate ? text.slice(0, rate.index) : text;
  if (body === "%" || body === "percentage points") return { dimension: "percent", family: null, per, scale: 1, words: [] };
  if (CURRENCIES.has(body)) return { dimension: "money", family: body, per, scale: 1, words: [] };
  const words = body.split(/[\s-]+/).filter(Boolean).map(singular).filter((w) => !SMALL.has(w));
  const first = words[0];
  if (first && first in DAYS && words.length <= 2) return { dimension: "duration", family: null, per, scale: DAYS[first], words };
  // The head noun decides ("French phone records" counts records, "pieces of telephone data" pieces);
  // only when it says nothing do the other words.
  const head = singular(body.split(/\s+of\s+/)[0].split(/[\s-]+/).filter(Boolean).pop() ?? "");
  const family = FAMILIES[head] ?? words.map((w) => FAMILIES[w]).find(Boolean) ?? null;
  return { dimension: "count", family, per, scale: 1, words };
}
