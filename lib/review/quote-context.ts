import { sentenceAt } from "../language/sentences";

/** The most a published quote carries on either side: a "sentence" with no full stop can be a whole paragraph. */
const MOST = 240;

function cutBefore(words: string): string {
  if (words.length <= MOST) return words;
  const tail = words.slice(-MOST);
  const space = tail.indexOf(" ");
  return `…${space >= 0 && space < 40 ? tail.slice(space + 1) : tail}`;
}

function cutAfter(words: string): string {
  if (words.length <= MOST) return words;
  const head = words.slice(0, MOST);
  const space = head.lastIndexOf(" ");
  return `${space > MOST - 40 ? head.slice(0, space) : head}…`;
}

/**
 * The rest of the sentence a quote stands in, and nothing beyond it: what a desk may show of
 * another outlet's article around the words it checked. Empty when the quote is no longer where
 * its anchor says (an orphaned annotation).
 */
export function quoteContext(text: string, anchor: { start: number; end: number; exact: string }): { before: string; after: string } {
  if (text.slice(anchor.start, anchor.end) !== anchor.exact) return { before: "", after: "" };
  const first = sentenceAt(text, anchor.start);
  const last = sentenceAt(text, Math.max(anchor.start, anchor.end - 1));
  const before = first && first.start < anchor.start ? text.slice(first.start, anchor.start) : "";
  const after = last && last.end > anchor.end ? text.slice(anchor.end, last.end) : "";
  return { before: cutBefore(before), after: cutAfter(after) };
}
