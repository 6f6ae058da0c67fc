/**
 * How suggestions are scored against gold spans (the rule in prisma/seed-data/README and
 * tests/claims-dev/README): a suggestion matches an unmatched gold span of the same kind that it
 * overlaps, and for a figure it must hold the gold `core`; each gold span is matched at most once;
 * suggestions inside a region that is not scored count neither way.
 */
import type { SuggestedSpan } from "../../lib/suggestions/suggest";

export const KINDS = ["figure", "claim", "denial"] as const;
export type Kind = (typeof KINDS)[number];

export interface GoldOnText {
  kind: Kind;
  start: number;
  end: number;
  /** Where the figure's core words sit in the text. */
  coreStart?: number;
  coreEnd?: number;
  exact: string;
}

export interface Tally {
  suggested: number;
  matched: number;
  gold: number;
  found: number;
}

export const emptyTallies = (): Record<Kind, Tally> =>
  Object.fromEntries(KINDS.map((k) => [k, { suggested: 0, matched: 0, gold: 0, found: 0 }])) as Record<Kind, Tally>;

export interface Miss {
  kind: Kind;
  words: string;
  why: "wrong" | "missed";
  reason?: string;
}

/** Adds one text's suggestions to the tallies; answers what was wrong and what was missed. */
export function scoreText(
  text: string,
  gold: GoldOnText[],
  suggestions: SuggestedSpan[],
  tallies: Record<Kind, Tally>,
  skipped: { start: number; end: number }[] = [],
): Miss[] {
  const misses: Miss[] = [];
  const open = gold.map((g) => ({ ...g, matched: false }));
  for (const suggestion of suggestions) {
    const kind = suggestion.kind.toLowerCase() as Kind;
    if (skipped.some((r) => suggestion.start < r.end && suggestion.end > r.start)) continue;
    tallies[kind].suggested += 1;
    const hit = open.find(
      (g) =>
        !g.matched &&
        g.kind === kind &&
        suggestion.start < g.end &&
        suggestion.end > g.start &&
        (kind !== "figure" || (suggestion.start <= (g.coreStart ?? g.start) && suggestion.end >= (g.coreEnd ?? g.end))),
    );
    if (hit) {
      hit.matched = true;
      tallies[kind].matched += 1;
    } else {
      misses.push({ kind, words: text.slice(suggestion.start, suggestion.end), why: "wrong", reason: suggestion.reason });
    }
  }
  for (const g of open) {
    tallies[g.kind].gold += 1;
    if (g.matched) tallies[g.kind].found += 1;
    else misses.push({ kind: g.kind, words: g.exact, why: "missed" });
  }
  return misses;
}

export function rates(t: Tally): { precision: number; recall: number; f1: number } {
  const precision = t.suggested ? t.matched / t.suggested : 0;
  const recall = t.gold ? t.found / t.gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** One line per kind: "claim   precision 0.62 (32/52)  recall 0.73 (32/44)  F1 0.67". */
export function formatTallies(tallies: Record<Kind, Tally>, indent = "  "): string {
  return KINDS.map((kind) => {
    const t = tallies[kind];
    const { precision, recall, f1 } = rates(t);
    return `${indent}${kind.padEnd(7)} precision ${precision.toFixed(2)} (${t.matched}/${t.suggested})  recall ${recall.toFixed(2)} (${t.found}/${t.gold})  F1 ${f1.toFixed(2)}`;
  }).join("\n");
}
