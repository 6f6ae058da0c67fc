import type { Tx } from "../db/client";
import { enqueueJob } from "../jobs/enqueue-job";

export const ARCHIVE_TASK = "archive-source";
/** Tries at a page before it is left "Not archived" (with the queue's back-off: about 1.5 minutes in all). */
export const ARCHIVE_ATTEMPTS = 5;

export interface ArchivePayload {
  sourceId: string;
  actorId: string;
}

/**
 * Queues the first copy of a source's page, in the transaction that saves the source: the job
 * exists exactly when the source does, so a restart cannot lose it, and whichever instance is free
 * takes it (lib/sources/archive-source-job.ts). One job per source: a new address replaces a copy
 * still waiting.
 */
export async function scheduleArchive(tx: Tx, sourceId: string, actorId: string): Promise<void> {
  await enqueueJob(tx, ARCHIVE_TASK, { sourceId, actorId } satisfies ArchivePayload, { jobKey: `archive:${sourceId}`, maxAttempts: ARCHIVE_ATTEMPTS });
}

/** A web source's fields while it waits for its copy: what the transaction that saves its address writes. */
export function pendingArchive(url: string | null) {
  return url ? { archiveState: "PENDING" as const, archiveProblem: null, archiveRequestedAt: new Date(), copyId: null } : { archiveState: "NONE" as const, archiveProblem: null, archiveRequestedAt: null, copyId: null };
}
