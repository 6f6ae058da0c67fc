import { claimSignature, compareClaims, type ClaimComparison, type ClaimSignature } from "../language/claim-match";

/** Below this a candidate is not offered: it shares words, not the claim. */
export const MIN_MATCH_SCORE = 0.25;

/**
 * How likely an earlier check is the same claim, 0–1: the content words they share (names
 * weigh double) and their trigram similarity (PostgreSQL's pg_trgm: spelling variants, word
 * order), cut down hard when the numbers differ, when one says the opposite, when the change
 * goes the other way or when they name different people and places.
 */
export function scoreMatch(query: ClaimSignature, candidate: ClaimSignature, trigram: number): { score: number; comparison: ClaimComparison } {
  const comparison = compareClaims(query, candidate);
  let score = 0.75 * comparison.words + 0.25 * trigram;
  if (comparison.opposite) score *= 0.25;
  if (comparison.numbers === "conflict") score *= 0.3;
  else if (comparison.numbers === "one-sided") score *= 0.85;
  if (comparison.otherWay) score *= 0.4;
  if (comparison.otherNames) score *= 0.6;
  return { score: Math.round(score * 1000) / 1000, comparison };
}

export { claimSignature };
