import { db } from "../db/client";
import { recordApprovedRevision } from "./record-approved-revision";

/**
 * Gives every annotation approved before approvals recorded what they approved its revision, from
 * what it holds now (a change to what an annotation says has sent an approved one back to review
 * since "approved means approved", so what an approved annotation holds is what was approved, bar
 * a source's title a page check filled in). Safe to run on every start: it finds nothing once done.
 */
export async function backfillApprovedRevisions(): Promise<number> {
  const missing = await db.annotation.findMany({
    where: { status: "APPROVED", deletedAt: null, reviewerId: { not: null }, approvedRevisions: { none: {} } },
    select: { id: true, reviewerId: true },
  });
  for (const annotation of missing) {
    await db.$transaction((tx) => recordApprovedRevision(tx, annotation.id, annotation.reviewerId!));
  }
  return missing.length;
}
