import type { Token } from "./tokens";

/**
 * A quantity read from the text: "70.3 million", "seventy million", "$1.5bn", "12 per cent",
 * "between 3 and 7 million", "3million-7million", "tens of millions". `value` has its scale
 * applied (70.3 million is 70300000); a range also has `valueMax`; a vague quantity
 * ("millions") has neither.
 */
export interface Quantity {
  /** Token indexes: [from, to). */
  from: number;
  to: number;
  value: number | null;
  valueMax: number | null;
  /** "%" or a currency code when the quantity itself says so; the counted noun is found by the caller. */
  unit: string | null;
  /** Written in words ("seventy million"), digits or both. */
  inWords: boolean;
  /** Has a scale word or suffix (million, bn, k): such a number is a quantity, never a date or an id. */
  scaled: boolean;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** Scale suffixes written against the digits: "3m", "1.5bn", "20k". */
const SUFFIX_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12 };
/** Plural scales say "very many" without a number: "millions of calls". */
const VAGUE = new Set(["dozens", "hundreds", "thousands", "millions", "billions", "trillions", "tens"]);
const CURRENCY_SIGNS: Record<string, string> = { $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY" };
const CURRENCY_WORDS: Record<string, string> = {
  dollars: "USD", dollar: "USD", usd: "USD", euros: "EUR", euro: "EUR", eur: "EUR", pounds: "GBP", gbp: "GBP",
  yen: "JPY", yuan: "CNY", francs: "CHF", rupees: "INR",
};

/** A number written with digits: "70,300,000", "70.3", "3,5" (a decimal comma when no group of three follows). */
export function parseDigits(text: string): number | null {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ""));
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(text)) return Number(text.replace(/\./g, ""));
  if (/^\d+\.\d+$/.test(text) || /^\d+$/.test(text)) return Number(text);
  if (/^\d+,\d{1,2}$/.test(text)) return Number(text.replace(",", "."));
  return null;
}

const isHyphen = (t: Token | undefined) => t !== undefined && t.kind === "mark" && /^[-‐‑–—]$/.test(t.text);
const isNumberWord = (norm: string) => norm in UNITS || norm in TENS || norm === "hundred" || norm in SCALES;

/** Number words from `i`: "seventy million", "twenty-five", "one hundred and twenty", "a million", "half a million", "a dozen". */
function readWords(tokens: Token[], i: number, afterArticle = false): { to: number; value: number } | null {
  const first = tokens[i];
  if (!first || first.kind !== "word") return null;
  if (first.norm === "dozen") return { to: i + 1, value: 12 };
  if (first.norm === "a" || first.norm === "an") {
    const next = tokens[i + 1]?.norm;
    if (next === "dozen") return { to: i + 2, value: 12 };
    if (next && (next in SCALES || next === "hundred")) {
      return readWords(tokens, i + 1, true);
    }
    return null;
  }
  if (first.norm === "half" && tokens[i + 1]?.norm === "a" && tokens[i + 2] && tokens[i + 2].norm in SCALES) {
    return { to: i + 3, value: SCALES[tokens[i + 2].norm] / 2 };
  }
  let total = 0;
  let current = 0;
  let seen = false;
  let j = i;
  while (j < tokens.length) {
    const word = tokens[j].norm;
    if (word in UNITS || word in TENS) {
      current += UNITS[word] ?? TENS[word];
    } else if (word === "hundred") {
      current = (current || 1) * 100;
    } else if (word in SCALES) {
      if (!seen) current = 1;
      total += current * SCALES[word];
      current = 0;
    } else break;
    seen = true;
    j += 1;
    // "twenty-five" and "one hundred and twenty" go on; any other hyphen or "and" ends the number.
    if (isHyphen(tokens[j]) && !tokens[j].spaced && tokens[j + 1] && tokens[j + 1].norm in UNITS && tokens[j - 1].norm in TENS) j += 1;
    else if (tokens[j]?.norm === "and" && tokens[j - 1].norm === "hundred" && tokens[j + 1] && isNumberWord(tokens[j + 1].norm)) j += 1;
  }
  // A scale alone ("million") is a number only after "a": "a million".
  if (!seen || (!afterArticle && i === j - 1 && tokens[i].norm in SCALES)) return null;
  return { to: j, value: total + current };
}

/** One number from `i` (digits or words), with a scale after it; no range, no currency. */
function readNumber(tokens: Token[], i: number): { to: number; value: number; inWords: boolean; scale: number | null } | null {
  const token = tokens[i];
  if (!token) return null;
  if (token.kind === "number") {
    const value = parseDigits(token.text);
    if (value === null) return null;
    const next = tokens[i + 1];
    if (next && next.kind === "word" && !next.spaced && next.norm in SUFFIX_SCALES) {
      return { to: i + 2, value: value * SUFFIX_SCALES[next.norm], inWords: false, scale: SUFFIX_SCALES[next.norm] };
    }
    let to = i + 1;
    let scale: number | null = null;
    let scaled = value;
    while (tokens[to] && tokens[to].norm in SCALES) {
      scale = (scale ?? 1) * SCALES[tokens[to].norm];
      scaled *= SCALES[tokens[to].norm];
      to += 1;
    }
    return { to, value: scaled, inWords: false, scale };
  }
  const words = readWords(tokens, i);
  if (!words) return null;
  const scaleWords = tokens.slice(i, words.to).filter((t) => t.norm in SCALES);
  const scale = scaleWords.length ? scaleWords.reduce((product, t) => product * SCALES[t.norm], 1) : null;
  return { to: words.to, value: words.value, inWords: true, scale };
}

function readCurrencyBefore(tokens: Token[], i: number): { from: number; at: number; unit: string } | null {
  // "US$", "A$", "HK$": the country letters go with the sign.
  const country = tokens[i]?.kind === "word" && /^(us|a|c|nz|hk)$/.test(tokens[i].norm) && tokens[i + 1] && !tokens[i + 1].spaced;
  const sign = tokens[country ? i + 1 : i];
  if (sign?.kind !== "mark" || !(sign.text in CURRENCY_SIGNS)) return null;
  return { from: i, at: (country ? i + 1 : i) + 1, unit: CURRENCY_SIGNS[sign.text] };
}

/** What follows a number that says what kind of number it is: "%", "per cent", "dollars". */
function readUnitAfter(tokens: Token[], j: number): { to: number; unit: string } | null {
  const next = tokens[j];
  if (!next) return null;
  if (next.text === "%") return { to: j + 1, unit: "%" };
  if (next.norm === "percent" || next.norm === "pct") return { to: j + 1, unit: "%" };
  if (next.norm === "per" && tokens[j + 1]?.norm === "cent") return { to: j + 2, unit: "%" };
  if (next.norm === "percentage" && tokens[j + 1]?.norm === "points") return { to: j + 2, unit: "percentage points" };
  if (next.norm in CURRENCY_WORDS) return { to: j + 1, unit: CURRENCY_WORDS[next.norm] };
  return null;
}

/** The vague forms: "millions", "tens of millions", "hundreds of thousands", "dozens". */
function readVague(tokens: Token[], i: number): Quantity | null {
  const first = tokens[i];
  if (!first || !VAGUE.has(first.norm)) return null;
  let to = i + 1;
  if (tokens[to]?.norm === "of" && tokens[to + 1] && VAGUE.has(tokens[to + 1].norm) && tokens[to + 1].norm !== "tens") to += 2;
  else if (first.norm === "tens" || first.norm === "dozens") {
    // "tens" alone is not a quantity; "dozens" is, and "dozens of thousands" is a larger one.
    if (first.norm === "tens") return null;
  }
  return { from: i, to, value: null, valueMax: null, unit: null, inWords: true, scaled: true };
}

const STARTS = new Set([...Object.keys(UNITS), ...Object.keys(TENS), ...VAGUE, "a", "an", "half", "dozen", "us", "c", "nz", "hk"]);

/** Whether a quantity can start at this token: a cheap test before readQuantity's full one. */
export function mayStartQuantity(token: Token): boolean {
  return token.kind === "number" || (token.kind === "mark" ? token.text in CURRENCY_SIGNS : STARTS.has(token.norm));
}

/**
 * Reads a quantity starting at token `i`, or null. Ranges take the second number's scale for the
 * first when it has none ("between 3 and 7 million" is 3,000,000 to 7,000,000).
 */
export function readQuantity(tokens: Token[], i: number): Quantity | null {
  const vague = readVague(tokens, i);
  if (vague) return vague;
  const currency = readCurrencyBefore(tokens, i);
  const at = currency ? currency.at : i;
  const first = readNumber(tokens, at);
  if (!first) return null;
  let to = first.to;
  let unit = currency?.unit ?? null;
  let value = first.value;
  let valueMax: number | null = null;
  let scale = first.scale;
  let inWords = first.inWords;

  const unitAfterFirst = readUnitAfter(tokens, to);
  const connector = tokens[unitAfterFirst ? unitAfterFirst.to : to];
  const between = tokens[i - 1]?.norm === "between" || tokens[i - 1]?.norm === "from";
  // "rose by 2,747 to 6,974": a change and where it ended, not a range.
  const change = tokens[i - 1]?.norm === "by";
  const joins =
    connector &&
    ((isHyphen(connector) && connector.text !== "—") || (connector.norm === "to" && !change) || connector.norm === "or" || (between && connector.norm === "and"));
  if (joins) {
    const afterConnector = (unitAfterFirst ? unitAfterFirst.to : to) + 1;
    const secondCurrency = readCurrencyBefore(tokens, afterConnector);
    const second = readNumber(tokens, secondCurrency ? secondCurrency.at : afterConnector);
    // "24-7-365" and phone numbers are not ranges: a third number ends it.
    const chained = second && isHyphen(tokens[second.to]) && tokens[second.to + 1]?.kind === "number";
    if (second && !chained && (!secondCurrency || !currency || secondCurrency.unit === currency.unit)) {
      const firstValue = first.scale === null && second.scale !== null ? first.value * second.scale : first.value;
      if (second.value > firstValue) {
        value = firstValue;
        valueMax = second.value;
        to = second.to;
        scale = second.scale ?? scale;
        inWords = inWords || second.inWords;
        unit = unit ?? unitAfterFirst?.unit ?? secondCurrency?.unit ?? null;
      }
    }
  }
  const unitAfter = readUnitAfter(tokens, to);
  if (unitAfter && (unit === null || unitAfter.unit === unit)) {
    unit = unitAfter.unit;
    to = unitAfter.to;
  } else if (valueMax === null && unitAfterFirst) {
    unit = unitAfterFirst.unit;
    to = unitAfterFirst.to;
  }
  return { from: currency ? currency.from : i, to, value, valueMax, unit, inWords, scaled: scale !== null };
}
