import { anchorCount, type Anchors } from "../language/anchors";
import { isInside } from "../language/quotes";
import type { TextRange } from "../language/sentences";
import { stanceOf } from "../language/stance";
import type { Token } from "../language/tokens";

/** A checkable statement found in one sentence: what was said or found, and why it was picked. */
export interface ClaimMatch extends TextRange {
  reason: string;
}

const CUE =
  /\b(said|says|say|told|tells|added|adds|stated|confirmed|confirms|announced|announces|reported|claimed|wrote|writes|explained|insisted|argued|noted|acknowledged|admitted|warned|revealed|disclosed|asserted|maintained|complained|continued|replied|responded|tweeted|according\s+to|citing|(?:reports?|allegations?|revelations?|claims?)(?=\s+that\s))\b/giu;
const ANY_CUE = new RegExp(CUE.source, "iu");
const STOP_SPEAKER = new Set("the a an he she it they we i who which that his her its their has have had also then and but earlier later".split(" "));
const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/iu;
function trimRange(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  while (start < end && /[\s"“”'‘’,.:;…—–-]/.test(text[start])) start += 1;
  while (end > start && /[\s"“”'‘’,:;—–-]/.test(text[end - 1])) end -= 1;
  return { start, end };
}

function lastWord(text: string, sentence: TextRange): number {
  let at = sentence.end;
  while (at > sentence.start && /[\s"“”'‘’.,!?…]/.test(text[at - 1])) at -= 1;
  return at;
}

function firstWord(text: string, sentence: TextRange): number {
  let at = sentence.start;
  while (at < sentence.end && /[\s"“”'‘’]/.test(text[at])) at += 1;
  return at;
}

/** Whether a sentence says who said it ("…, Harf said", "according to Le Monde"). */
export function isAttributed(text: string, sentence: TextRange): boolean {
  return ANY_CUE.test(text.slice(sentence.start, sentence.end));
}

/**
 * Who speaks in a paragraph's quotes: the speaker named by its first cue outside them, and whether
 * the cue tells of a report ("reported", "according to"), whose findings often run on into the next paragraph.
 */
export function paragraphSpeaker(text: string, paragraph: TextRange, quotes: TextRange[]): { name: string | null; report: boolean } | null {
  const body = text.slice(paragraph.start, paragraph.end);
  for (const cue of body.matchAll(CUE)) {
    if (isInside(quotes, paragraph.start + cue.index)) continue;
    return { name: speakerOf(text, cue, paragraph), report: /^(?:reported|according|citing|revealed|disclosed)/iu.test(cue[1]) };
  }
  return null;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Who a cue points to: "said Kerry", "Harf said", "according to a White House statement". */
function speakerOf(text: string, cue: RegExpExecArray, sentence: TextRange): string | null {
  const at = sentence.start + cue.index;
  const after = text.slice(at + cue[0].length, sentence.end);
  const ahead = /^\s+((?:the\s+|a\s+)?(?:\p{Lu}[\p{L}.'’-]*\s*){1,4})/u.exec(after);
  if (ahead && !CALENDAR.test(ahead[1]) && (cue[1].toLowerCase().startsWith("according") || cue[1].toLowerCase() === "citing" || /^\s*\p{Lu}/u.test(after))) {
    return cleanSpeaker(ahead[1]);
  }
  const before = text.slice(sentence.start, at).trimEnd().split(/\s+/);
  const picked: string[] = [];
  for (let i = before.length - 1; i >= 0 && picked.length < 3; i -= 1) {
    const word = before[i].replace(/^[“"‘']+|[”"’',]+$/gu, "");
    if (!word || /[”",]$/u.test(before[i]) || STOP_SPEAKER.has(word.toLowerCase())) break;
    picked.unshift(word);
  }
  return picked.length ? cleanSpeaker(picked.join(" ")) : null;
}

function cleanSpeaker(words: string): string | null {
  const name = words
    .trim()
    .replace(/[.,;:]+$/u, "")
    .replace(/^(?:from|by|of)\s+/iu, "")
    .replace(/^(?:a|an|the)\s+/iu, "")
    .replace(/\s+(?:in|on|at|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/iu, "");
  return name || null;
}

const FRAMING = /^(?:(?:and|but|so|now)\s+)?(?:i|we)\s+(?:[\p{L}'’]+\s+){1,4}?that\s+/iu;
const TIME_LEAD = /^(?:on\s+|last\s+|this\s+|earlier\s+|later\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|week|month|year|earlier|later)\b,?\s*/iu;

/**
 * The words a cue reports: a quote that is most of the sentence; what follows "said that" or the
 * speaker; what follows "according to X," (or comes before it); or, for "…, X said", what comes
 * before the speaker. A short quote inside a paraphrase is the reporter's sentence, not the claim.
 */
function reportedWords(text: string, sentence: TextRange, cue: RegExpExecArray, quotes: TextRange[]): TextRange {
  const cueAt = sentence.start + cue.index;
  const cueEnd = cueAt + cue[0].length;
  // A quote that opens the sentence, or closes it after "X said:", is the speaker's own words
  // ("“…,” X said", "X said: “…”"); one inside the reporter's words ("was “very complicated”") is not.
  const first = firstWord(text, sentence);
  const last = lastWord(text, sentence);
  const introduced = (q: TextRange) => q.end >= last && /[:,]\s*["“]?$/u.test(text.slice(sentence.start, q.start));
  const quoted = quotes
    .filter((q) => q.start >= sentence.start && q.end <= sentence.end && words(text.slice(q.start, q.end)) >= 4 && (q.start <= first || introduced(q)))
    .sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  if (quoted) return quoted;
  const rest = text.slice(cueEnd, sentence.end);
  const before = text.slice(sentence.start, cueAt);
  if (cue[1].toLowerCase() === "citing") return { start: sentence.start, end: cueAt };
  if (cue[1].toLowerCase().startsWith("according")) {
    // "…, according to prosecutors, while …": the claim is the words before the aside.
    if (/,\s*$/u.test(before) && words(before) >= 4) return { start: sentence.start, end: cueAt };
    const comma = rest.indexOf(",");
    if (comma >= 0 && words(rest.slice(comma + 1)) >= 5) return { start: cueEnd + comma + 1, end: sentence.end };
    return { start: sentence.start, end: cueAt };
  }
  const that = /^\s+(?:[^\s,.;:]+\s+){0,8}?that\s/u.exec(rest);
  // "…, Le Monde reported Monday": the words before the speaker's comma are what was said.
  const inverted = /[,”"]\s*(?:[\p{L}.'’-]+\s+){0,5}$/u.exec(before);
  // What comes after the cue is the speaker's words unless it is only the speaker's
  // circumstances: "…, Le Monde reported Monday, citing documents", "…, she said in a statement."
  const trailing = words(rest) < 4 || /^\s*(?:[\p{L}.'’-]+\s*){0,3},/u.test(rest);
  let content: TextRange;
  if (that) content = { start: cueEnd + that[0].length, end: sentence.end };
  else if (!trailing) content = { start: cueEnd, end: sentence.end };
  else if (inverted && words(before.slice(0, inverted.index)) >= 4) return { start: sentence.start, end: sentence.start + inverted.index };
  else return { start: sentence.start, end: cueAt };
  // "said Monday it was sending …": the day is the speaker's, not the claim's.
  const lead = TIME_LEAD.exec(text.slice(content.start, content.end).trimStart());
  if (lead) content.start += text.slice(content.start).length - text.slice(content.start).trimStart().length + lead[0].length;
  return content;
}

const CONNECTIVE = /^(?:(?:but|and|yet|so|still|instead|meanwhile|however|indeed|also)\b,?\s+)/iu;
/** A sentence that only says someone spoke: "Kerry told reporters in Paris." "The president faced reporters at a news conference." */
const FRAME_ONLY = /^(?:[\p{L}.'’-]+\s+){1,6}(?:told|faced|briefed|addressed)\s+(?:reporters|journalists|the press)(?:\s+(?:at|in|on|after)\s+[^,;]*)?[.!]?$/u;
const BOILERPLATE = /\b(?:browser|cookies?|javascript|subscribe|newsletter|sign up|log in|all rights reserved|click here|read more|contributed to this report)\b/iu;
const CASE_REFERENCE = /\bcase is\b.*\bNo\.\s*\d/iu;

/** What the suggester knows about a sentence beyond its words. */
export interface ClaimContext {
  /** The sentence holds a figure with a value. */
  hasFigure: boolean;
  /** Whose words a quote or report running on from an earlier sentence are. */
  quotedBy: string | null;
  /** The sentence opens the article and has no full stop: a headline, a claim when it states a fact. */
  headline: boolean;
  /** Where the sentence's own words start (after a dateline such as "BERLIN — "). */
  wordsFrom: number;
  /** The numbers, dates and names in the sentence. */
  anchors: Anchors;
  /** The sentence's tokens, read once. */
  tokens: Token[];
}

const describeAnchors = (a: Anchors) =>
  [a.numbers ? "a number" : null, a.dates ? "a date" : null, a.names ? (a.names > 1 ? "names" : "a name") : null].filter(Boolean).join(", ");

/**
 * What a sentence asserts, if it is checkable: an actor, an act and an anchor (a number, a date,
 * a name), stated as fact. Attributed or not: the words a cue reports ("said that …", "according
 * to …"), a quote or report running on from the sentence before, or the sentence itself in the
 * outlet's voice. Opinions, plans, hedges and conditionals (lib/language/stance.ts), questions,
 * headings and boilerplate are left out, and so is a sentence that names nothing, dates nothing
 * and counts nothing.
 */
export function findClaim(text: string, sentence: TextRange, quotes: TextRange[], context: ClaimContext): ClaimMatch | null {
  const raw = text.slice(sentence.start, sentence.end);
  const body = raw.trim();
  if (/\?["”’]?$/.test(body) || words(body) < 3 || BOILERPLATE.test(body) || FRAME_ONLY.test(body) || (body.includes("No.") && CASE_REFERENCE.test(body))) return null;
  // A heading, a caption or a link's words: no sentence end. Only the article's first line, its headline, may state a claim.
  if (!/[.!?"”’…]$/.test(body) && !context.headline) return null;
  if (anchorCount(context.anchors) === 0) return null;

  const cues = [...raw.matchAll(CUE)].filter((m) => !isInside(quotes, sentence.start + m.index));
  let content: TextRange = { start: Math.max(sentence.start, context.wordsFrom), end: sentence.end };
  let reason: string;
  if (cues.length) {
    const cue = cues[0];
    const speaker = speakerOf(text, cue, sentence);
    reason = speaker ? `attributed to ${speaker}` : `attributed statement (“${cue[1].toLowerCase()}”)`;
    content = reportedWords(text, sentence, cue, quotes);
  } else if (context.quotedBy) {
    // A quote, or a report, that runs on past the sentence that names its speaker.
    reason = isInside(quotes, firstWord(text, sentence)) ? `quoting ${context.quotedBy}` : `reported by ${context.quotedBy}`;
  } else {
    reason = context.hasFigure ? "states a finding with a figure" : `states a fact (${describeAnchors(context.anchors)})`;
  }
  content = trimRange(text, content);
  const connective = CONNECTIVE.exec(text.slice(content.start, content.end));
  if (connective) content = { start: content.start + connective[0].length, end: content.end };
  // "I would remind you that the agency is …": the speaker's framing is not part of the claim.
  const framing = FRAMING.exec(text.slice(content.start, content.end));
  if (framing) content = { start: content.start + framing[0].length, end: content.end };
  if (stanceOf(text, content, context.tokens).stance !== "fact") return null;
  const claimed = text.slice(content.start, content.end);
  // A reported claim needs its own words; only a name ("U.S. Attorney Paul Fishman") is the speaker, not what was said.
  if (words(claimed) < (cues.length ? 4 : 3) || !/(?:^|\s)[\p{Ll}\d]/u.test(claimed)) return null;
  return { ...content, reason };
}
