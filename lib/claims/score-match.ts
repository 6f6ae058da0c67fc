import { claimSignature, compareClaims, type ClaimComparison, type ClaimSignature } from "../language/claim-match";

/** Below this a candidate is not offered: it shares words, not the claim. */
export const MIN_MATCH_SCORE = 0.25;
/**
 * What a denial of the claim, or the claim with another number, keeps of its score: at most
 * 0.2, below MIN_MATCH_SCORE, so however alike their words they are never offered as the same
 * claim (they still rank below it where a caller asks for every candidate).
 */
const NOT_THE_SAME = 0.2;

/**
 * How likely an earlier check is the same claim, 0–1: the content words they share (names
 * weigh double) and their trigram similarity (PostgreSQL's pg_trgm: spelling variants, word
 * order), raised when they state the same numbers, cut below the offer when the numbers
 * differ or one says the opposite, and down hard when the change goes the other way or when
 * they name different people and places.
 */
export function scoreMatch(query: ClaimSignature, candidate: ClaimSignature, trigram: number): { score: number; comparison: ClaimComparison } {
  const comparison = compareClaims(query, candidate);
  let score = 0.75 * comparison.words + 0.25 * trigram;
  if (comparison.opposite) score *= NOT_THE_SAME;
  if (comparison.numbers === "conflict") score *= NOT_THE_SAME;
  else if (comparison.numbers === "one-sided") score *= 0.85;
  // The same numbers in other words are strong evidence (and cannot lift a denial to an offer: 0.2 × 1.2 < 0.25).
  else if (comparison.numbers === "same") score = Math.min(1, score * 1.2);
  if (comparison.otherWay) score *= 0.4;
  if (comparison.otherNames) score *= 0.6;
  return { score: Math.round(score * 1000) / 1000, comparison };
}

export { claimSignature };
