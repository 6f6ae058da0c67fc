import type { ArticleLiveChange } from "../../../lib/contracts/live";
import { carriesAnnotation } from "../../../lib/realtime/live-annotation";
import { readServerSentEvents } from "../../../tests/sse-reader";
import type { Recorder } from "./recorder";
import { timed } from "./recorder";

/**
 * What identifies one write on the feed, computed the same way from a write's answer and from its
 * event: an annotation's change by the version it made, a comment by its id.
 */
export function eventKey(type: string, entityId: string, annotationId: string | null, version: number | null): string {
  return type.startsWith("comment.") ? `${type}:${entityId}` : `${type}:${annotationId}:${version}`;
}

export interface LivePage {
  articleId: string;
  /** The feed number the page started after. */
  after: number;
  /** How many times each event number arrived. */
  seqs: Map<number, number>;
  /** When each write's event arrived (performance.now()). */
  arrivals: Map<string, number>;
  resets: number;
  failure: string | null;
  ready: Promise<void>;
}

/**
 * An open article page: listens to the article's live feed and, as the page does, fetches each
 * annotation someone else changed that the change did not bring (one fetch at a time per
 * annotation, again if it changed meanwhile). The fetches count as reads.
 */
export function openLivePage(origin: string, articleId: string, after: number, cookie: string, viewerId: string, recorder: Recorder, signal: AbortSignal): LivePage {
  const page: LivePage = { articleId, after, seqs: new Map(), arrivals: new Map(), resets: 0, failure: null, ready: Promise.resolve() };
  const inFlight = new Map<string, boolean>();
  const refetch = async (id: string) => {
    if (inFlight.has(id)) return void inFlight.set(id, true);
    do {
      inFlight.set(id, false);
      await timed(recorder, "reads", `${origin}/api/annotations/${id}`, { headers: { cookie } });
    } while (inFlight.get(id) && !signal.aborted);
    inFlight.delete(id);
  };
  let markReady!: () => void;
  page.ready = new Promise<void>((resolve) => (markReady = resolve));
  void (async () => {
    try {
      const response = await fetch(`${origin}/api/articles/${articleId}/events?after=${after}`, { headers: { cookie }, signal });
      if (!response.ok || !response.body) throw new Error(`the feed answered ${response.status}`);
      for await (const event of readServerSentEvents(response.body)) {
        if (event.event === "hello") markReady();
        if (event.event === "reset") page.resets += 1;
        if (event.event !== "change") continue;
        const at = performance.now();
        const change = JSON.parse(event.data) as ArticleLiveChange;
        page.seqs.set(change.seq, (page.seqs.get(change.seq) ?? 0) + 1);
        page.arrivals.set(eventKey(change.type, change.entityId, change.annotationId, change.version), at);
        // As the page does: a change that brings its annotation needs no fetch; one that does not, does.
        if (carriesAnnotation(change) && !change.annotation && change.actorId !== viewerId) {
          void refetch(change.annotationId!);
        }
      }
      if (!signal.aborted) page.failure = "the feed ended";
    } catch (error) {
      if (!signal.aborted) page.failure = (error as Error).message;
      markReady();
    }
  })();
  return page;
}
