import { db } from "../db/client";
import { runChange } from "../changes/run-change";
import type { ArchivePayload } from "../annotations/archive-queue";
import type { FetchProblem } from "../web/fetch-problem";
import { captureSourcePage, writeSourceCheck, type SourceCheckResult } from "./check-source";

/** Thrown to have the queue try again later: the page failed in a way that may pass. */
export class ArchiveRetry extends Error {}

/**
 * A failure that may pass on a later try: the server erred, was busy or broke off. Not a refusal,
 * a page that is gone, or a page that arrived with nothing to read (capture-page.ts).
 */
function mayPass(problem: FetchProblem): boolean {
  if (problem.kind !== "failed") return false;
  if (problem.status !== undefined) return problem.status >= 500 || problem.status === 429;
  return !problem.message.startsWith("The page has no readable text");
}

export interface Attempt {
  number: number;
  of: number;
}

/**
 * The archive job: fetches a pending source's page and records the copy. Safe to run again (a job
 * whose instance died is run by another): a source no longer pending was done, and the record is
 * written under the article's change lock only while the source is still pending, so a source is
 * copied once. A failure that may pass (a time-out, a server error) is not recorded while attempts
 * remain: the source stays "Archiving…" with the reason and the attempt, and the queue retries it
 * with back-off; the last attempt records whatever it found.
 */
export async function archiveSourceJob({ sourceId, actorId }: ArchivePayload, attempt: Attempt): Promise<SourceCheckResult | null> {
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { url: true, archiveState: true, annotation: { select: { articleId: true } } } });
  if (!source?.url || source.archiveState !== "PENDING") return null;
  const url = source.url;
  const found = await captureSourcePage(url);
  if (found.problem && mayPass(found.problem) && attempt.number < attempt.of) {
    // The queue's back-off after attempt n is e^n seconds; the panel offers "Try again" a minute after archiveRequestedAt.
    const next = new Date(Date.now() + Math.exp(Math.min(attempt.number, 10)) * 1000);
    await db.source.updateMany({
      where: { id: sourceId, url, archiveState: "PENDING" },
      data: { archiveProblem: `${found.problem.message} Trying again (attempt ${attempt.number + 1} of ${attempt.of}).`, archiveRequestedAt: next },
    });
    throw new ArchiveRetry(found.problem.message);
  }
  const written = await runChange({ id: actorId }, { article: source.annotation.articleId }, async (change) => {
    const current = await change.tx.source.findUnique({ where: { id: sourceId }, select: { url: true, archiveState: true } });
    if (current?.url !== url || current.archiveState !== "PENDING") return null;
    return writeSourceCheck(change, sourceId, url, found);
  });
  // A first copy has nothing before it to compare with.
  return written && { ...written.result, diff: null };
}
