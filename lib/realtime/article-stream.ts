import { randomUUID } from "node:crypto";
import type { SessionUser } from "../auth/session";
import type { AnnotationChange } from "../contracts/live";
import { currentArticleSeq, listArticleEvents, type ArticleEvent } from "./article-feed";
import { getEventBus, type EventBus } from "./event-bus";
import { carriesAnnotation, withAnnotation } from "./live-annotation";
import { joinPresence, leavePresence, type PresenceEntry } from "./presence";
import { frame, MAX_FEEDS_PER_PERSON, openSseStream, stillAllowed } from "./sse-stream";

export { MAX_FEEDS_PER_PERSON, MAX_UNREAD_BYTES } from "./sse-stream";

/** Further behind than this, a page is told to reload rather than replay every change. */
export const MAX_REPLAY = 2_000;
const PAGE = 500;

export interface ArticleStreamOptions {
  articleId: string;
  user: { id: string; sessionVersion: number };
  /** The last event the page has seen (Last-Event-ID, or the number the page was rendered at). */
  afterSeq: number;
  signal: AbortSignal;
  bus?: EventBus;
  /** Unread bytes after which the page is dropped (MAX_UNREAD_BYTES unless a test says otherwise). */
  maxUnreadBytes?: number;
  /** Who the page is for: given, each new change to an annotation carries the annotation as they would read it. */
  viewer?: SessionUser;
}

// The bus hands every page on an article the same presence list and the same announced event:
// each is serialised once, however many pages receive it.
const presenceFrames = new WeakMap<PresenceEntry[], Uint8Array>();
const changeFrames = new WeakMap<ArticleEvent, Uint8Array>();

export function presenceFrame(entries: PresenceEntry[]): Uint8Array {
  let bytes = presenceFrames.get(entries);
  if (!bytes) presenceFrames.set(entries, (bytes = frame("presence", entries)));
  return bytes;
}

function changeFrame(event: ArticleEvent): Uint8Array {
  let bytes = changeFrames.get(event);
  if (!bytes) changeFrames.set(event, (bytes = frame("change", event, event.seq)));
  return bytes;
}

// With the annotation, a change differs between viewers only in what they may do with it.
const viewedFrames = new WeakMap<ArticleEvent, Map<string, Uint8Array>>();

async function viewedChangeFrame(event: AnnotationChange, viewer: SessionUser): Promise<Uint8Array> {
  const change = await withAnnotation(event, viewer);
  if (!change.annotation) return changeFrame(event);
  const key = `${change.annotation.canEdit}:${change.annotation.canDelete}`;
  let frames = viewedFrames.get(event);
  if (!frames) viewedFrames.set(event, (frames = new Map()));
  let bytes = frames.get(key);
  if (!bytes) frames.set(key, (bytes = frame("change", change, event.seq)));
  return bytes;
}

/**
 * An article's live feed as Server-Sent Events for one page: first what it missed since
 * `afterSeq`, read from the database, then each new event exactly once and in order. Numbers
 * are gapless per article, so a skipped number means a missed announcement, filled from the
 * database before going on. Also carries who is on the article; stops the moment the user's
 * access is revoked. Throws NotFoundError (before any byte is sent) for an unknown article.
 */
export async function openArticleStream(options: ArticleStreamOptions): Promise<ReadableStream<Uint8Array>> {
  const { articleId, user, signal, maxUnreadBytes, viewer } = options;
  const bus = options.bus ?? getEventBus();
  await currentArticleSeq(articleId);
  const connectionId = randomUUID();
  let last = options.afterSeq;
  let unsubscribe: (() => void) | null = null;
  const sse = openSseStream({
    signal,
    maxUnreadBytes,
    hello: { connectionId },
    onStop: async () => {
      unsubscribe?.();
      await leavePresence(connectionId).catch(() => {});
    },
  });
  const { send } = sse;

  /** Sends, from the database, every event after `last`; too many, and the page is told to reload. */
  async function fill() {
    const current = await currentArticleSeq(articleId);
    if (last > current || current - last > MAX_REPLAY) {
      last = current;
      send(frame("reset", { seq: current }, current));
      return;
    }
    while (!sse.closed && last < current) {
      const events = await listArticleEvents(articleId, last, PAGE);
      if (events.length === 0) break;
      // Entries this old were pruned (lib/maintenance/prune.ts): the page cannot catch up by replay.
      if (events[0].seq > last + 1) {
        last = current;
        send(frame("reset", { seq: current }, current));
        return;
      }
      for (const event of events) deliverNext(event);
    }
  }

  function deliverNext(event: ArticleEvent) {
    if (event.seq !== last + 1) return;
    last = event.seq;
    send(changeFrame(event));
  }

  /** A new change as it happens: with the annotation it is about, when the page is a viewer's (replays stay bare). */
  async function offer(event: ArticleEvent) {
    if (sse.closed || event.seq <= last) return;
    if (event.seq > last + 1) await fill();
    if (event.seq !== last + 1) return;
    if (!viewer || !carriesAnnotation(event)) return deliverNext(event);
    const bytes = await viewedChangeFrame(event, viewer);
    last = event.seq;
    send(bytes);
  }

  const checkThenFill = async () => ((await stillAllowed(user)) ? fill() : sse.revoke());

  await joinPresence(connectionId, articleId, user.id, MAX_FEEDS_PER_PERSON).catch(async (error) => {
    await sse.stop();
    throw error;
  });
  unsubscribe = await bus.subscribe({
    connectionId,
    articleId,
    userId: user.id,
    sessionVersion: user.sessionVersion,
    onEvent: (event) => sse.queue(() => offer(event)),
    onPresence: (entries: PresenceEntry[]) => send(presenceFrame(entries)),
    onRevoked: () => sse.revoke(),
    onResync: () => sse.queue(checkThenFill),
  });
  if (signal.aborted) {
    await sse.stop();
    return sse.stream;
  }
  // Access is checked again now that revocations reach this page: one revoked in between counts.
  sse.queue(checkThenFill);
  bus.presenceChanged(articleId);
  return sse.stream;
}
