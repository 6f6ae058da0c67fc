import { checkSource } from "./check-source";

/**
 * Sources waiting for their first copy, fetched in the background of the process that saved
 * them: the checker's save returns at once and the copy arrives on the article's live feed. At
 * most four pages are fetched at a time, so a paste of many sources cannot crowd out the app.
 * A copy lost to a restart leaves the source "pending", which the source's view shows as not
 * archived, with a retry, after a minute (lib/annotations/annotation-view.ts).
 */
const MAX_RUNNING = 4;

interface Queue {
  waiting: { sourceId: string; actorId: string }[];
  running: Set<Promise<unknown>>;
  idle: (() => void)[];
}

const holder = globalThis as unknown as { factmarkArchiveQueue?: Queue };
const queue = (holder.factmarkArchiveQueue ??= { waiting: [], running: new Set(), idle: [] });

function pump() {
  while (queue.running.size < MAX_RUNNING && queue.waiting.length > 0) {
    const { sourceId, actorId } = queue.waiting.shift()!;
    const job = checkSource(sourceId, actorId)
      .catch((error) => console.error(`Could not record the archived copy of source ${sourceId}.`, error))
      .finally(() => {
        queue.running.delete(job);
        pump();
      });
    queue.running.add(job);
  }
  if (queue.running.size === 0 && queue.waiting.length === 0) queue.idle.splice(0).forEach((resolve) => resolve());
}

/** Fetches the source's page soon; call it after the transaction that saved the source committed. */
export function scheduleArchive(sourceId: string, actorId: string): void {
  queue.waiting.push({ sourceId, actorId });
  pump();
}

/** Resolves when every scheduled copy has been taken: for tests and for a clean shutdown. */
export function archivesSettled(): Promise<void> {
  if (queue.running.size === 0 && queue.waiting.length === 0) return Promise.resolve();
  return new Promise((resolve) => queue.idle.push(resolve));
}

/** A web source's fields while it waits for its copy: what the transaction that saves its address writes. */
export function pendingArchive(url: string | null) {
  return url ? { archiveState: "PENDING" as const, archiveProblem: null, archiveRequestedAt: new Date(), copyId: null } : { archiveState: "NONE" as const, archiveProblem: null, archiveRequestedAt: null, copyId: null };
}
