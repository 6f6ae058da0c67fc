import { randomUUID } from "node:crypto";
import { db } from "../db/client";
import { currentArticleSeq, listArticleEvents, type ArticleEvent } from "./article-feed";
import { getEventBus, type EventBus } from "./event-bus";
import { joinPresence, leavePresence, type PresenceEntry } from "./presence";

/** Further behind than this, a page is told to reload rather than replay every change. */
export const MAX_REPLAY = 2_000;
/** Live pages one person may have open at once, across every article and app instance. */
export const MAX_FEEDS_PER_PERSON = 12;
const PAGE = 500;
const KEEPALIVE_MS = 15_000;
/** A page that has this much unread is not reading (a stalled tab, a client that never reads): it is dropped and reconnects later. */
export const MAX_UNREAD_BYTES = 1_000_000;
const STREAM_BUFFER_BYTES = 64 * 1024;

export interface ArticleStreamOptions {
  articleId: string;
  user: { id: string; sessionVersion: number };
  /** The last event the page has seen (Last-Event-ID, or the number the page was rendered at). */
  afterSeq: number;
  signal: AbortSignal;
  bus?: EventBus;
  /** Unread bytes after which the page is dropped (MAX_UNREAD_BYTES unless a test says otherwise). */
  maxUnreadBytes?: number;
}

const encoder = new TextEncoder();

function frame(event: string, data: unknown, id?: number): Uint8Array {
  return encoder.encode(`${id === undefined ? "" : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
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

/**
 * An article's live feed as Server-Sent Events for one page: first what it missed since
 * `afterSeq`, read from the database, then each new event exactly once and in order. Numbers
 * are gapless per article, so a skipped number means a missed announcement, filled from the
 * database before going on. Also carries who is on the article; stops the moment the user's
 * access is revoked. Throws NotFoundError (before any byte is sent) for an unknown article.
 */
export async function openArticleStream(options: ArticleStreamOptions): Promise<ReadableStream<Uint8Array>> {
  const { articleId, user, signal, maxUnreadBytes = MAX_UNREAD_BYTES } = options;
  const bus = options.bus ?? getEventBus();
  await currentArticleSeq(articleId);
  const connectionId = randomUUID();
  let last = options.afterSeq;
  let closed = false;
  let chain: Promise<void> = Promise.resolve();
  let unsubscribe: (() => void) | null = null;
  let keepAlive: NodeJS.Timeout | null = null;
  let controller!: ReadableStreamDefaultController<Uint8Array>;

  const send = (chunk: Uint8Array) => {
    if (closed) return;
    try {
      controller.enqueue(chunk);
    } catch {
      void stop();
      return;
    }
    // Backpressure: what the page has not read yet stays queued here, in this server's memory.
    if (STREAM_BUFFER_BYTES - (controller.desiredSize ?? 0) > maxUnreadBytes) void stop();
  };

  async function stop() {
    if (closed) return;
    closed = true;
    unsubscribe?.();
    if (keepAlive) clearInterval(keepAlive);
    try {
      controller.close();
    } catch {
      // Already closed by the client.
    }
    await leavePresence(connectionId).catch(() => {});
  }

  /** Sends, from the database, every event after `last`; too many, and the page is told to reload. */
  async function fill() {
    const current = await currentArticleSeq(articleId);
    if (last > current || current - last > MAX_REPLAY) {
      last = current;
      send(frame("reset", { seq: current }, current));
      return;
    }
    while (!closed && last < current) {
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

  async function offer(event: ArticleEvent) {
    if (closed || event.seq <= last) return;
    if (event.seq > last + 1) await fill();
    deliverNext(event);
  }

  /** Runs steps one after another, so events go out in order however they arrive. */
  function queue(step: () => Promise<void>) {
    chain = chain.then(step).catch((error) => {
      console.error("Live updates: a page's feed failed; it will reconnect.", error);
      void stop();
    });
  }

  async function stillAllowed(): Promise<boolean> {
    const row = await db.user.findUnique({ where: { id: user.id }, select: { disabled: true, sessionVersion: true } });
    return !!row && !row.disabled && row.sessionVersion === user.sessionVersion;
  }

  function revoke() {
    send(frame("revoked", { message: "Your session ended. Sign in again to keep working." }));
    void stop();
  }

  const stream = new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
      send(encoder.encode("retry: 2000\n\n"));
      send(frame("hello", { connectionId }));
    },
    cancel() {
      void stop();
    },
  }, { highWaterMark: STREAM_BUFFER_BYTES, size: (chunk) => chunk.byteLength });
  signal.addEventListener("abort", () => void stop(), { once: true });

  await joinPresence(connectionId, articleId, user.id, MAX_FEEDS_PER_PERSON);
  unsubscribe = await bus.subscribe({
    connectionId,
    articleId,
    userId: user.id,
    sessionVersion: user.sessionVersion,
    onEvent: (event) => queue(() => offer(event)),
    onPresence: (entries: PresenceEntry[]) => send(presenceFrame(entries)),
    onRevoked: revoke,
    onResync: () => queue(async () => ((await stillAllowed()) ? fill() : revoke())),
  });
  if (signal.aborted) {
    await stop();
    return stream;
  }
  // Access is checked again now that revocations reach this page: one revoked in between counts.
  queue(async () => ((await stillAllowed()) ? fill() : revoke()));
  bus.presenceChanged(articleId);
  // An event rather than a comment, so the page can tell a silent dead connection from a quiet article.
  keepAlive = setInterval(() => send(frame("ping", {})), KEEPALIVE_MS);
  return stream;
}
