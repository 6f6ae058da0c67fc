import { isInside } from "./quotes";
import type { TextRange } from "./sentences";

/** A checkable statement found in one sentence: what was said or found, and why it was picked. */
export interface ClaimMatch extends TextRange {
  reason: string;
}

const CUE =
  /\b(said|says|say|told|tells|added|adds|stated|confirmed|confirms|announced|announces|reported|claimed|wrote|writes|explained|insisted|argued|noted|acknowledged|admitted|warned|revealed|disclosed|asserted|maintained|complained|continued|replied|responded|tweeted|according\s+to|citing)\b/giu;
const STOP_SPEAKER = new Set("the a an he she it they we i who which that his her its their has have had also then and but earlier later".split(" "));
const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/iu;
/** Plans, obligations and judgements are not checkable facts: "will discuss", "must stop", "is unacceptable". */
const NOT_A_FACT =
  /\b(?:will|would|shall|should|must|could|might|may|going\s+to|have\s+to|has\s+to|need\s+to|needs\s+to|hope|hopes|unacceptable|acceptable|appropriate|inappropriate|important|positive|regrettable|welcome|outrageous|disappointing|illegitimate)\b|\b(?:i|we)(?:['’]m|\s+am|\s+are)\s+not\b/iu;
const OPINION = /^(?:(?:and|but|so|now)\s+)?(?:i|we)(?:\s+(?:do|really|still|also))?\s+(?:think|believe|hope|feel|want|wish|would\s+like|expect|look\s+forward)\b/iu;

function trimRange(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  while (start < end && /[\s"“”'‘’,:;—–-]/.test(text[start])) start += 1;
  while (end > start && /[\s"“”'‘’,:;—–-]/.test(text[end - 1])) end -= 1;
  return { start, end };
}

function firstWord(text: string, sentence: TextRange): number {
  let at = sentence.start;
  while (at < sentence.end && /[\s"“”'‘’]/.test(text[at])) at += 1;
  return at;
}

/** Whether a sentence says who said it ("…, Harf said", "according to Le Monde"). */
export function isAttributed(text: string, sentence: TextRange): boolean {
  return new RegExp(CUE.source, "iu").test(text.slice(sentence.start, sentence.end));
}

/** Who speaks in a paragraph's quotes: the speaker named by its first cue outside them. */
export function paragraphSpeaker(text: string, paragraph: TextRange, quotes: TextRange[]): string | null {
  const body = text.slice(paragraph.start, paragraph.end);
  for (const cue of body.matchAll(CUE)) {
    if (isInside(quotes, paragraph.start + cue.index)) continue;
    return speakerOf(text, cue, paragraph);
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
    .replace(/\s+(?:in|on|at|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/iu, "");
  return name || null;
}

/**
 * What a sentence asserts, if it is checkable: a statement attributed to someone (the words they
 * said, or what follows "said that" / "according to"), or a sentence that states a finding with a
 * figure. Opinions ("I think …"), questions and headings are left out.
 */
export function findClaim(
  text: string,
  sentence: TextRange,
  quotes: TextRange[],
  hasFigure: boolean,
  quotedBy: string | null,
): ClaimMatch | null {
  const body = text.slice(sentence.start, sentence.end);
  if (/\?["”’]?$/.test(body.trim()) || words(body) < 5) return null;
  // A heading or a caption: short, with no sentence end.
  if (!/[.!?"”’…]$/.test(body.trim()) && words(body) < 12) return null;

  const cues = [...body.matchAll(CUE)].filter((m) => !isInside(quotes, sentence.start + m.index));
  let content: TextRange = sentence;
  let reason: string | null = null;
  if (cues.length) {
    const cue = cues[0];
    const cueAt = sentence.start + cue.index;
    const cueEnd = cueAt + cue[0].length;
    const speaker = speakerOf(text, cue, sentence);
    reason = speaker ? `attributed to ${speaker}` : "attributed statement";
    const quoted = quotes
      .filter((q) => q.start >= sentence.start && q.end <= sentence.end && words(text.slice(q.start, q.end)) >= 4)
      .sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    if (quoted) {
      content = quoted;
    } else if (cue[1].toLowerCase().startsWith("according") || cue[1].toLowerCase() === "citing") {
      const comma = text.indexOf(",", cueEnd);
      content = cue.index < 3 && comma > 0 && comma < sentence.end ? { start: comma + 1, end: sentence.end } : { start: sentence.start, end: cueAt };
    } else {
      const rest = text.slice(cueEnd, sentence.end);
      const that = /^\s+(?:\S+\s+){0,4}?that\s/u.exec(rest) ?? /^\s+that\s/u.exec(rest);
      const before = text.slice(sentence.start, cueAt);
      // "…, Le Monde reported Monday": the words before the speaker's comma are what was said.
      const inverted = /[,”"]\s*(?:[\p{L}.'’-]+\s+){0,5}$/u.exec(before);
      // What comes after the cue is the speaker's words unless it is only the speaker's
      // circumstances: "…, Le Monde reported Monday, citing documents", "…, she said in a statement."
      const trailing = words(rest) < 4 || /^\s*(?:[\p{L}.'’-]+\s*){0,3},/u.test(rest);
      if (that) content = { start: cueEnd + that[0].length, end: sentence.end };
      else if (!trailing) content = { start: cueEnd, end: sentence.end };
      else if (inverted && words(before.slice(0, inverted.index)) >= 4) content = { start: sentence.start, end: sentence.start + inverted.index };
      else content = { start: sentence.start, end: cueAt };
    }
  } else if (quotedBy) {
    // A quote, or a report, that runs on past the sentence that names its speaker.
    reason = isInside(quotes, firstWord(text, sentence)) ? `quoting ${quotedBy}` : `reported by ${quotedBy}`;
  } else if (hasFigure) {
    reason = "states a finding with a figure";
  }
  if (!reason) return null;
  content = trimRange(text, content);
  const said = text.slice(content.start, content.end);
  if (words(said) < 4 || OPINION.test(said) || NOT_A_FACT.test(said)) return null;
  return { ...content, reason };
}
