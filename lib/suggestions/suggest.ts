import type { AnnotationKind } from "../vocabulary/names";
import { findClaim, isAttributed, paragraphSpeaker } from "./claims";
import { clauseAround, findDenial } from "./denials";
import { findFigures } from "./figures";
import { quotedRanges } from "./quotes";
import { splitParagraphs, splitSentences } from "./sentences";
import { tokenize } from "./tokens";

/** One span the machine proposes, before anyone has seen it. */
export interface SuggestedSpan {
  kind: AnnotationKind;
  start: number;
  end: number;
  /** Why it was suggested, in words a checker reads in the list ("number with a unit", "attributed to Kerry"). */
  reason: string;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
}

/**
 * The first pass over an article's canonical text: figures, claims and denials, in document order.
 * Pure and synchronous (about a millisecond per 1,000 words): it runs inside the transaction that
 * imports or corrects the text. A paragraph that repeats an earlier one gets nothing.
 */
export function suggestSpans(text: string): SuggestedSpan[] {
  const spans: SuggestedSpan[] = [];
  let lastSpeaker: string | null = null;
  for (const paragraph of splitParagraphs(text)) {
    if (paragraph.repeated) continue;
    const quotes = quotedRanges(text, paragraph);
    // A paragraph with no speaker of its own goes on with the one before ("… Le Monde reported." then its next finding).
    const own = paragraphSpeaker(text, paragraph, quotes);
    const speaker = own ?? lastSpeaker;
    lastSpeaker = own;
    for (const sentence of splitSentences(text, paragraph)) {
      const tokens = tokenize(text.slice(sentence.start, sentence.end)).map((t) => ({ ...t, start: t.start + sentence.start, end: t.end + sentence.start }));
      const figures = findFigures(tokens);
      for (const figure of figures) spans.push({ kind: "FIGURE", ...figure });
      const spoken = quotes.some((q) => q.end > sentence.start && q.start < sentence.end) || isAttributed(text, sentence);
      const denial = findDenial(text, sentence, spoken);
      if (denial) {
        spans.push({ kind: "DENIAL", ...denial, value: null, valueMax: null, unit: null });
        continue;
      }
      const claim = findClaim(text, sentence, quotes, figures.some((f) => f.value !== null), speaker);
      if (claim) spans.push({ kind: "CLAIM", ...claim, value: null, valueMax: null, unit: null });
      // A figure the claim's words leave out is a finding of its own ("…, which said 70.3 million … were recorded").
      const outside = figures.find((f) => f.value !== null && (!claim || f.end <= claim.start || f.start >= claim.end));
      if (outside) {
        const clause = clauseAround(text, sentence, outside.start, outside.end);
        if (!claim || clause.end <= claim.start || clause.start >= claim.end) {
          spans.push({ kind: "CLAIM", ...clause, reason: "states a finding with a figure", value: null, valueMax: null, unit: null });
        }
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}
