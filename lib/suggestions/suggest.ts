import type { AnnotationKind } from "../vocabulary/names";
import { findClaim, isAttributed, paragraphSpeaker } from "./claims";
import { checkWorthiness } from "./check-worthiness";
import { clauseAround, findDenial } from "./denials";
import { anchorsOf, namesIn } from "../language/anchors";
import { findFigures } from "../language/figures";
import { quotedRanges } from "../language/quotes";
import { salienceOf } from "../language/salience";
import { datelineLength, splitParagraphs, splitSentences, type Paragraph, type TextRange } from "../language/sentences";
import { stanceOf } from "../language/stance";
import { tokenize, type Token } from "../language/tokens";

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
  /** Check-worthiness from 0 to 1 (check-worthiness.ts): the list can be read highest first. */
  score: number;
}

interface Sentence extends TextRange {
  tokens: Token[];
}

const within = (tokens: Token[], range: TextRange) => tokens.filter((t) => t.start >= range.start && t.end <= range.end);
const isQuestion = (text: string, sentence: TextRange) => /\?["”’]?\s*$/u.test(text.slice(sentence.start, sentence.end));

/**
 * The first pass over an article's canonical text: figures, claims and denials, in document order,
 * each with its check-worthiness. Pure and synchronous (a few milliseconds per 1,000 words): it
 * runs inside the transaction that imports or corrects the text. A paragraph that repeats an
 * earlier one gets nothing.
 */
export function suggestSpans(text: string): SuggestedSpan[] {
  const spans: SuggestedSpan[] = [];
  let reportBefore: string | null = null;
  let lastSpeaker: string | null = null;
  const paragraphs = splitParagraphs(text);
  // Sentences are read once; the names the whole text capitalises are known before any sentence is judged.
  const read = new Map<Paragraph, Sentence[]>();
  const names = new Set<string>();
  for (const paragraph of paragraphs) {
    if (paragraph.repeated) continue;
    const sentences = splitSentences(text, paragraph).map((s) => ({ ...s, tokens: tokenize(text, s.start, s.end) }));
    for (const sentence of sentences) for (const name of namesIn(sentence.tokens)) names.add(name);
    read.set(paragraph, sentences);
  }
  for (const paragraph of paragraphs) {
    const sentences = read.get(paragraph);
    if (!sentences) continue;
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
    for (const sentence of sentences) {
      const { tokens } = sentence;
      const anchors = anchorsOf(tokens, names);
      const salience = salienceOf(tokens);
      const figures = findFigures(tokens);
      for (const figure of figures) {
        const score = checkWorthiness({
          kind: "FIGURE",
          anchors,
          salience,
          attributed: false,
          hasFigure: true,
          unit: figure.unit,
          valued: figure.value !== null,
          reason: figure.reason,
        });
        spans.push({ kind: "FIGURE", ...figure, score });
      }
      const spoken = quotes.some((q) => q.end > sentence.start && q.start < sentence.end) || isAttributed(text, sentence);
      const denial = findDenial(text, sentence, spoken);
      if (denial) {
        const score = checkWorthiness({ kind: "DENIAL", anchors, salience, attributed: true, hasFigure: false, unit: null, valued: false, reason: denial.reason });
        spans.push({ kind: "DENIAL", ...denial, value: null, valueMax: null, unit: null, score });
      }
      const hasFigure = figures.some((f) => f.value !== null);
      const found = findClaim(text, sentence, quotes, { hasFigure, quotedBy: speaker, headline, wordsFrom, anchors, tokens });
      // A sentence may deny one thing and assert another ("While saying he could not comment, Kerry said that …").
      const claim = found && denial && found.start < denial.end && found.end > denial.start ? null : found;
      const claimSpan = (range: TextRange, reason: string): SuggestedSpan => {
        const words = within(tokens, range);
        const ownFigure = figures.some((f) => f.value !== null && f.start >= range.start && f.end <= range.end);
        const attributed = !reason.startsWith("states");
        const score = checkWorthiness({ kind: "CLAIM", anchors: anchorsOf(words, names), salience: salienceOf(words), attributed, hasFigure: ownFigure, unit: null, valued: false, reason });
        return { kind: "CLAIM", ...range, reason, value: null, valueMax: null, unit: null, score };
      };
      if (claim) spans.push(claimSpan(claim, claim.reason));
      // A figure the claim's words leave out is a finding of its own ("…, which said 70.3 million … were recorded").
      const outside = figures.find((f) => f.value !== null && (!claim || f.end <= claim.start || f.start >= claim.end));
      if (outside && !isQuestion(text, sentence) && stanceOf(text, sentence, tokens).stance === "fact") {
        const clause = clauseAround(text, sentence, outside.start, outside.end);
        if ((!claim || clause.end <= claim.start || clause.start >= claim.end) && stanceOf(text, clause, tokens).stance === "fact") {
          spans.push(claimSpan(clause, "states a finding with a figure"));
        }
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}
