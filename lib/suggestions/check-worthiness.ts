import type { Anchors } from "../language/anchors";
import type { Salience } from "../language/salience";
import type { AnnotationKind } from "../vocabulary/names";

/**
 * How much a suggestion deserves a checker's time, from 0 to 1, so a long article's list can be
 * read most check-worthy first. The weights follow what desks check first (the ClaimBuster line
 * of work, and the guide in docs/annotation-guide.md): a claim with a number, a date and named
 * parties, about an act with consequences or a record, stated firmly, before a vague one; money,
 * people and shares before durations; a denial is news in itself. A plain rule, so a person can
 * see why one suggestion sits above another.
 */
export interface WorthinessInput {
  kind: AnnotationKind;
  anchors: Anchors;
  salience: Salience;
  /** Claims: said by a named party rather than stated by the outlet. */
  attributed: boolean;
  /** Claims: holds a figure with a value. */
  hasFigure: boolean;
  /** Figures: what it counts, as the figure reader writes it ("%", "USD", "people", "days"). */
  unit: string | null;
  /** Figures: a number was read (not "millions"). */
  valued: boolean;
  /** Denials: how it denies ("denial verb: denied", "refuses to comment", "denial word: distorted"). */
  reason: string;
}

const clamp = (n: number) => Math.round(Math.min(0.99, Math.max(0.05, n)) * 100) / 100;

const WEIGHTY_UNITS = /^(?:%|percentage points|usd|eur|gbp|jpy|cny|chf|inr)$|\b(?:people|deaths?|dead|victims?|cases?|patients?|children|jobs?|votes?|soldiers|civilians|troops|refugees|infections?)\b/iu;
const DURATIONS = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/iu;

function claimScore(input: WorthinessInput): number {
  const { anchors, salience } = input;
  let score = 0.3;
  if (input.hasFigure) score += 0.2;
  else if (anchors.numbers) score += 0.1;
  score += Math.min(anchors.dates, 2) * 0.05;
  score += Math.min(anchors.names, 3) * 0.04;
  score += Math.min(salience.consequentialActs, 2) * 0.06;
  score += Math.min(salience.superlatives, 2) * 0.07;
  if (input.attributed) score += 0.04;
  score -= Math.min(salience.vague, 3) * 0.04;
  // A long sentence holds several statements, and a checker must first find which one matters.
  if (salience.words > 40) score -= 0.08;
  if (salience.words < 6) score -= 0.05;
  return score;
}

function figureScore(input: WorthinessInput): number {
  let score = 0.45;
  if (input.valued) score += 0.1;
  else score -= 0.1;
  if (input.unit && WEIGHTY_UNITS.test(input.unit)) score += 0.2;
  else if (input.unit && DURATIONS.test(input.unit)) score -= 0.1;
  score += Math.min(input.salience.superlatives, 1) * 0.05;
  return score;
}

function denialScore(input: WorthinessInput): number {
  if (input.reason.startsWith("denial verb")) return 0.8;
  if (input.reason.startsWith("denial word") || input.reason.startsWith("dismisses")) return 0.75;
  return 0.6;
}

export function checkWorthiness(input: WorthinessInput): number {
  if (input.kind === "CLAIM") return clamp(claimScore(input));
  if (input.kind === "FIGURE") return clamp(figureScore(input));
  return clamp(denialScore(input));
}
