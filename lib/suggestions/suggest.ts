import type { AnnotationKind } from "../vocabulary/names";
import { findClaim, isAttributed, paragraphSpeaker } from "./claims";
import { clauseAround, findDenial } from "./denials";
import { anchorsOf, namesIn } from "../language/anchors";
import { findFigures } from "../language/figures";
import { quotedRanges } from "../language/quotes";
import { datelineLength, splitParagraphs, splitSentences } from "../language/sentences";
import { stanceOf } from "../language/stance";
import { tokenize } from "../language/tokens";

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
  let reportBefore: string | null = null;
  let lastSpeaker: string | null = null;
  const names = namesIn(tokenize(text));
  const paragraphs = splitParagraphs(text);
  for (const paragraph of paragraphs) {
    if (paragraph.repeated) continue;
    const headline = paragraph === paragraphs[0];
    const wordsFrom = paragraph.start + datelineLength(text, paragraph);
    const quotes = quotedRanges(text, paragraph);
    // A paragraph with no speaker of its own goes on with a report named just before it
    // ("…, Le Monde reported." then the report's next finding), and a paragraph that opens with a
    // quote and names nobody carries on the last speaker's words, as news copy does.
    const own = paragraphSpeaker(text, paragraph, quotes);
    const opensWithQuote = quotes.length > 0 && quotes[0].start <= paragraph.start + 1;
    const speaker = own ? own.name : opensWithQuote ? lastSpeaker : reportBefore;
    reportBefore = own?.report ? own.name : null;
    if (own) lastSpeaker = own.name;
    for (const sentence of splitSentences(text, paragraph)) {
      const tokens = tokenize(text, sentence.start, sentence.end);
      const figures = findFigures(tokens);
      for (const figure of figures) spans.push({ kind: "FIGURE", ...figure });
      const spoken = quotes.some((q) => q.end > sentence.start && q.start < sentence.end) || isAttributed(text, sentence);
      const denial = findDenial(text, sentence, spoken);
      if (denial) spans.push({ kind: "DENIAL", ...denial, value: null, valueMax: null, unit: null });
      // A sentence may deny one thing and assert another ("While saying he could not comment, Kerry said that …").
      const found = findClaim(text, sentence, quotes, {
        hasFigure: figures.some((f) => f.value !== null),
        quotedBy: speaker,
        headline,
        wordsFrom,
        anchors: anchorsOf(tokens, names),
      });
      const claim = found && denial && found.start < denial.end && found.end > denial.start ? null : found;
      if (claim) spans.push({ kind: "CLAIM", ...claim, value: null, valueMax: null, unit: null });
      // A figure the claim's words leave out is a finding of its own ("…, which said 70.3 million … were recorded").
      const outside = figures.find((f) => f.value !== null && (!claim || f.end <= claim.start || f.start >= claim.end));
      if (outside && !/\?["”’]?\s*$/u.test(text.slice(sentence.start, sentence.end)) && stanceOf(text, sentence).stance === "fact") {
        const clause = clauseAround(text, sentence, outside.start, outside.end);
        if ((!claim || clause.end <= claim.start || clause.start >= claim.end) && stanceOf(text, clause).stance === "fact") {
          spans.push({ kind: "CLAIM", ...clause, reason: "states a finding with a figure", value: null, valueMax: null, unit: null });
        }
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}
