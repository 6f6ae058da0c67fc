import { findFigures } from "./figures";
import { sentenceAt } from "./sentences";
import { tokenize } from "./tokens";

/**
 * The value a person's own figure annotation states, read as the suggester reads figures: from
 * the sentence around the tagged words, so tagging just "70.3 million" still learns that it
 * counts "pieces of French telephone data". Null values when the words hold no quantity.
 */
export function readFigureAt(text: string, start: number, end: number): { value: number | null; valueMax: number | null; unit: string | null } {
  const none = { value: null, valueMax: null, unit: null };
  const sentence = sentenceAt(text, start);
  const figures = sentence ? findFigures(tokenize(text, sentence.start, sentence.end)) : [];
  const overlap = (f: { start: number; end: number }) => Math.min(f.end, end) - Math.max(f.start, start);
  const best = figures.filter((f) => overlap(f) > 0).sort((a, b) => overlap(b) - overlap(a))[0];
  return best ? { value: best.value, valueMax: best.valueMax, unit: best.unit } : none;
}
