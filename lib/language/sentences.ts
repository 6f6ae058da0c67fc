/**
 * Paragraphs and sentences of an article's canonical text, as offsets. Written for news copy:
 * abbreviations ("U.S.", "Mr.", "Dec. 10"), initials, decimals and closing quotes do not end a
 * sentence, and a sentence never runs across a paragraph.
 */
export interface TextRange {
  start: number;
  end: number;
}

export interface Paragraph extends TextRange {
  /** The same words stood earlier in the article (a scraping artefact): nothing to suggest twice. */
  repeated: boolean;
}

/** Words after which a full stop is part of the word, not the sentence's end. */
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st jr sr rev fr hon pres supt insp det " +
    "inc co corp ltd llc plc bros dept univ assn est approx vs etc al no nos fig vol pp ed eds " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun " +
    "ave blvd rd mt ft"
  ).split(" "),
);

/** Splits on blank lines (the canonical text's "\n\n"); lines of one block stay together. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]*)*/g)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const key = body.replace(/\s+/g, " ");
    // Short lines (headings, "Related") repeat honestly; a repeated paragraph is a copy.
    const repeated = key.length >= 60 && seen.has(key);
    seen.add(key);
    paragraphs.push({ start: match.index + lead, end: match.index + lead + body.length, repeated });
  }
  return paragraphs;
}

const CLOSERS = `"'”’)]»`;
const OPENERS = `"'“‘([«`;

function isSentenceEnd(text: string, at: number, paragraphEnd: number): number | null {
  // `at` is the index of ".", "!", "?" or "…"; returns where the sentence ends (after closers), or null.
  let end = at + 1;
  while (end < paragraphEnd && (text[end] === "." || text[end] === "!" || text[end] === "?")) end += 1;
  while (end < paragraphEnd && CLOSERS.includes(text[end])) end += 1;
  if (end >= paragraphEnd) return paragraphEnd;
  if (!/\s/.test(text[end])) return null;
  let next = end;
  while (next < paragraphEnd && /\s/.test(text[next])) next += 1;
  // A new sentence may open with a quote mark and an ellipsis: `… Copenhagen. "…It's incredible`.
  while (next < paragraphEnd && (OPENERS.includes(text[next]) || text[next] === "…")) next += 1;
  const following = text[next];
  if (!following || !/[\p{Lu}\d]/u.test(following)) return null;
  if (text[at] === ".") {
    const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? "";
    const bare = word.replace(/\./g, "").toLowerCase();
    // "U.S." or "J." (initials), and the abbreviations above.
    if (/^(\p{L}\.)*\p{L}$/u.test(word) || /^\p{L}$/u.test(bare) || ABBREVIATIONS.has(bare)) return null;
  }
  return end;
}

/** The sentences of one paragraph. */
export function splitSentences(text: string, paragraph: TextRange): TextRange[] {
  const sentences: TextRange[] = [];
  let start = paragraph.start;
  for (let i = paragraph.start; i < paragraph.end; i += 1) {
    const char = text[i];
    if (char !== "." && char !== "!" && char !== "?" && char !== "…") continue;
    const end = isSentenceEnd(text, i, paragraph.end);
    if (end === null) continue;
    if (end > start) sentences.push({ start, end });
    start = end;
    while (start < paragraph.end && /\s/.test(text[start])) start += 1;
    i = start - 1;
  }
  if (start < paragraph.end) sentences.push({ start, end: paragraph.end });
  return sentences;
}

/** The sentence that holds `at`, or null where the offset is between paragraphs. */
export function sentenceAt(text: string, at: number): TextRange | null {
  const paragraph = splitParagraphs(text).find((p) => p.start <= at && p.end >= at);
  return (paragraph && splitSentences(text, paragraph).find((s) => s.start <= at && s.end >= at)) ?? null;
}

// "SEOUL, June 14 — ", "VANCOUVER, Wash. — ", "ISLAMABAD — ": a place in capitals, maybe a date, then a dash.
const DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]*\p{Lu}\.?(?:,\s*[\p{L}.]+(?:\s[\p{L}.]+)?\.?(?:\s\d{1,2})?)?\s+[—–-]{1,2}\s+/u;

/** How many characters of a paragraph's start are its dateline ("BERLIN — "), not its first sentence's words. */
export function datelineLength(text: string, paragraph: TextRange): number {
  return DATELINE.exec(text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 60)))?.[0].length ?? 0;
}
