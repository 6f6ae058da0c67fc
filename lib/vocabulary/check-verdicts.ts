import { CLAIM_RATINGS, verdictLabel, verdictSchema, type Verdict } from "./verdicts";

/*
 * The verdict of a check in the desk's memory (lib/claims), read by the panel, reports and the
 * review: here, beside the verdicts themselves, so that annotations and review can both read it
 * without importing each other.
 */

/** A check's verdict in words: the desk's own label, or an imported review's words (or the desk's rating its scale maps onto). */
export function checkVerdictLabel(check: { verdict: unknown; ratingLabel: string | null; rating: string | null }): string | null {
  const verdict = verdictSchema.nullable().parse(check.verdict);
  if (verdict) return verdictLabel(verdict);
  if (check.ratingLabel) return check.ratingLabel;
  return check.rating && check.rating in CLAIM_RATINGS ? CLAIM_RATINGS[check.rating as keyof typeof CLAIM_RATINGS].label : null;
}

/**
 * The verdict an earlier check offers the review of an annotation that says the same claim: its
 * own when it is of the annotation's kind, or for an imported review the desk's rating its scale
 * maps onto. An editor still chooses and approves.
 */
export function proposedVerdict(kind: string, check: { verdict: unknown; rating: string | null }): Verdict | null {
  const verdict = verdictSchema.nullable().parse(check.verdict);
  if (verdict) return verdict.kind === kind ? verdict : null;
  return kind === "CLAIM" && check.rating && check.rating in CLAIM_RATINGS ? { kind: "CLAIM", rating: check.rating as keyof typeof CLAIM_RATINGS } : null;
}
