import { ZodError } from "zod";
import { runBookkeeping } from "../changes/bookkeeping";
import { db } from "../db/client";
import { recordApprovedRevision } from "./record-approved-revision";

export interface BackfillResult {
  recorded: number;
  /** Approved annotations whose approval cannot be recorded (no verdict, or one for another kind): they stay off the public page until an editor approves them again. */
  skipped: string[];
}

/**
 * Gives every annotation approved before approvals recorded what they approved its revision, from
 * what it holds now (a change to what an annotation says has sent an approved one back to review
 * since "approved means approved", so what an approved annotation holds is what was approved, bar
 * a source's title a page check filled in). Safe to run on every start: it finds nothing once done.
 *
 * An approval from before verdicts were required has nothing the public page could call the
 * desk's verdict. Such an annotation is skipped, not guessed at, and never stops the app starting.
 */
export async function backfillApprovedRevisions(): Promise<BackfillResult> {
  const missing = await db.annotation.findMany({
    where: { status: "APPROVED", deletedAt: null, reviewerId: { not: null }, approvedRevisions: { none: {} } },
    select: { id: true, reviewerId: true },
  });
  const result: BackfillResult = { recorded: 0, skipped: [] };
  for (const annotation of missing) {
    try {
      await runBookkeeping((tx) => recordApprovedRevision(tx, annotation.id, annotation.reviewerId!));
      result.recorded += 1;
    } catch (error) {
      if (!(error instanceof ZodError)) throw error;
      result.skipped.push(annotation.id);
    }
  }
  return result;
}
