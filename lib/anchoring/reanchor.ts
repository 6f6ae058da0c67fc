import { boundedDistance, contextScore, occurrences, approximateMatches } from "./match-quote";
import { buildPositionMap } from "./position-map";
import { quoteContext, type Anchor } from "./selectors";

export interface StoredAnchor extends Anchor {
  id: string;
}

export type Reanchored =
  | { id: string; status: "placed"; anchor: Anchor; method: "unchanged" | "position" | "quote" | "fuzzy" }
  | { id: string; status: "orphaned" };

/** Edits allowed inside a quote for it to count as the same words: a quarter, at most 40. */
function allowedErrors(length: number): number {
  return Math.min(40, Math.floor(length / 4));
}

/** Context that must still surround a moved quote: a few words on at least one side. */
const MIN_CONTEXT = 12;

/**
 * Bounds on the costly steps, so one correction cannot hold the server: quotes longer than this
 * are only kept when their words are unchanged (the fuzzy comparison costs their length times the
 * errors allowed), and past this much time every remaining annotation gets only the cheap checks
 * (unchanged words at the carried position) and is otherwise orphaned, for a person to re-attach.
 */
export const REANCHOR_LIMITS = { maxFuzzyQuote: 1_000, budgetMs: 1_500 } as const;

export interface ReanchorOptions {
  budgetMs?: number;
  /** Milliseconds, for the budget; a parameter so tests can run out of time on purpose. */
  clock?: () => number;
}

function placeAt(text: string, start: number, end: number): Anchor {
  return { start, end, exact: text.slice(start, end), ...quoteContext(text, start, end) };
}

/**
 * Re-anchors every annotation after the text changed from `oldText` to `newText`, in the order
 * docs/design.md gives: the position carried through a word diff when the words there are unchanged;
 * then the exact quote found elsewhere, when its context singles out one place; then a fuzzy match
 * at the carried position (the quote with a few words edited, still between its old neighbours).
 * Anything less certain is orphaned: a wrong placement is worse than an orphan.
 */
export function reanchor(oldText: string, newText: string, anchors: StoredAnchor[], options: ReanchorOptions = {}): Reanchored[] {
  if (oldText === newText) return anchors.map(({ id, ...anchor }) => ({ id, status: "placed", anchor, method: "unchanged" }));
  const clock = options.clock ?? (() => performance.now());
  const deadline = clock() + (options.budgetMs ?? REANCHOR_LIMITS.budgetMs);
  const map = buildPositionMap(oldText, newText);
  const found = new Map<string, number[]>();

  return anchors.map((stored): Reanchored => {
    const { id, exact, prefix, suffix } = stored;
    const start = map.map(stored.start, "after");
    const end = map.map(stored.end, "before");
    const mappedStart = start.offset;
    const mappedEnd = end.offset;
    const intact = !start.deleted && !end.deleted && mappedEnd > mappedStart;

    if (intact && newText.slice(mappedStart, mappedEnd) === exact) {
      return { id, status: "placed", anchor: placeAt(newText, mappedStart, mappedEnd), method: "position" };
    }
    if (clock() > deadline) return { id, status: "orphaned" };

    // The words left their place (a paragraph moved, or the diff could not follow): look for the
    // quote where the edit put new text. Only there: an identical quote in text that was already
    // there is another passage (articles repeat paragraphs), and so is one at a place that still
    // holds this quote's edited words.
    if (!intact) {
      let hits = found.get(exact);
      if (!hits) found.set(exact, (hits = occurrences(newText, exact)));
      const scored = hits
        .filter((at) => map.insertedShare(at, at + exact.length) >= 0.5)
        .map((at) => ({ at, score: contextScore(newText, at, at + exact.length, prefix, suffix).total }))
        .sort((a, b) => b.score - a.score);
      if (scored.length && scored[0].score >= MIN_CONTEXT && (scored.length === 1 || scored[0].score > scored[1].score)) {
        return { id, status: "placed", anchor: placeAt(newText, scored[0].at, scored[0].at + exact.length), method: "quote" };
      }
    }

    // Words edited inside the quote: accept the carried range if it is still close to the quote
    // and still sits between the quote's old neighbours.
    const maxErrors = exact.length > REANCHOR_LIMITS.maxFuzzyQuote ? 0 : allowedErrors(exact.length);
    if (intact && maxErrors > 0) {
      const candidate = newText.slice(mappedStart, mappedEnd);
      const context = contextScore(newText, mappedStart, mappedEnd, prefix, suffix);
      if (candidate.trim() && boundedDistance(exact, candidate, maxErrors) <= maxErrors && Math.min(context.before, context.after) >= Math.min(MIN_CONTEXT, prefix.length, suffix.length)) {
        return { id, status: "placed", anchor: placeAt(newText, mappedStart, mappedEnd), method: "fuzzy" };
      }
    }

    // Last, near where it was: an approximate match in new text that both neighbours confirm,
    // and only one (text kept from before is some other passage, as above).
    if (!intact && maxErrors > 0 && exact.length <= 500) {
      const from = Math.max(0, mappedStart - 256);
      const to = Math.min(newText.length, mappedStart + exact.length + 256);
      const matches = approximateMatches(newText, exact, from, to, maxErrors).filter((m) => {
        if (map.insertedShare(m.start, m.end) < 0.5) return false;
        const context = contextScore(newText, m.start, m.end, prefix, suffix);
        return Math.min(context.before, context.after) >= Math.min(MIN_CONTEXT, prefix.length, suffix.length);
      });
      if (matches.length === 1) {
        return { id, status: "placed", anchor: placeAt(newText, matches[0].start, matches[0].end), method: "fuzzy" };
      }
    }
    return { id, status: "orphaned" };
  });
}
