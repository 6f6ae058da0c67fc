import { Prisma } from "../db/generated/client";
import type { ReviewStatus } from "../vocabulary/names";

export interface ReviewedContent {
  status: ReviewStatus | string;
  authorId: string;
  contributorIds: string[];
}

/** The review fields of an annotation whose words, kind, note, sources or anchor just changed. */
export interface ReviewReset {
  status?: ReviewStatus;
  verdict?: typeof Prisma.DbNull;
  reviewerId?: null;
  reviewedAt?: null;
  submittedAt?: Date;
  contributorIds?: string[];
}

/**
 * What changing an annotation's content does to its review. A decision (approved or rejected)
 * was about the content as it was, so the annotation goes back to the review queue (SUBMITTED)
 * with its verdict cleared: the approved report never publishes words or sources no editor saw.
 * A draft, a submitted annotation and one waiting for changes keep their status: their review
 * has not been decided yet, and every change bumps the version, so an approval of what the
 * reviewer saw before is refused (409). Whoever changed it, other than the author, becomes a
 * contributor and may not approve this round (four-eyes review).
 */
export function reviewAfterContentChange(current: ReviewedContent, actorId: string, now = new Date()): ReviewReset {
  const reset: ReviewReset = {};
  if (actorId !== current.authorId && !current.contributorIds.includes(actorId)) {
    reset.contributorIds = [...current.contributorIds, actorId];
  }
  if (current.status === "APPROVED" || current.status === "REJECTED") Object.assign(reset, reopenedForReview(now));
  return reset;
}

/** A decided annotation back in the review queue: no verdict, no reviewer, submitted now. */
export function reopenedForReview(now = new Date()) {
  return { status: "SUBMITTED" as const, verdict: Prisma.DbNull, reviewerId: null, reviewedAt: null, submittedAt: now };
}

/** The audit record's view of a review reset: the status and verdict before and after. */
export function reviewResetRecord(before: { status: string; verdict: unknown }, reset: ReviewReset) {
  if (!reset.status) return { before: {}, after: {} };
  return {
    before: { status: before.status, verdict: before.verdict ?? null },
    after: { status: reset.status, verdict: null, reopened: true },
  };
}
