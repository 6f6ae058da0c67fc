import { randomUUID } from "node:crypto";
import { db } from "../db/client";
import { NotFoundError } from "../errors/domain-error";
import type { ArticleEvent } from "./article-feed";
import { getEventBus, type EventBus } from "./event-bus";
import { joinPresence, leavePresence } from "./presence";
import { frame, KEEPALIVE_MS, MAX_FEEDS_PER_PERSON, openSseStream, stillAllowed } from "./sse-stream";
import type { StoryEvent } from "./story-feed";

/** A change as a story's page receives it: from one of its articles' feeds, or from the story's own (its ledger). */
export type StoryFeedEvent = ArticleEvent | StoryEvent;

/**
 * Where a story's feeds stand: its own feed's number plus the sum of its articles'. Every change
 * to the story's ledger or to any of its articles (and a new article) raises it, and nothing
 * lowers it, so one number tells a page whether it has missed anything.
 */
export async function storyPosition(storyId: string): Promise<{ position: number; story: number; articles: Map<string, number> }> {
  const story = await db.story.findUnique({ where: { id: storyId }, select: { eventSeq: true, articles: { select: { id: true, eventSeq: true } } } });
  const articles = story?.articles ?? [];
  const own = story?.eventSeq ?? 0;
  return { position: own + articles.reduce((sum, a) => sum + a.eventSeq, 0), story: own, articles: new Map(articles.map((a) => [a.id, a.eventSeq])) };
}

export interface StoryStreamOptions {
  storyId: string;
  user: { id: string; sessionVersion: number };
  /** The story's position the page was rendered at, or the last event id it saw. */
  after: number;
  signal: AbortSignal;
  bus?: EventBus;
}

/**
 * Every change to a story, its ledger's and its articles', as Server-Sent Events, for pages that
 * show the whole story (the ledger). Each `change` carries the event of the feed it came from
 * (ids only) and, as its id, the story's position after it. A page that missed anything (it connected late, the connection dropped, the
 * bus lost PostgreSQL for a while) gets `reset` and reloads what it shows, so it never shows a
 * story with a gap. Articles imported while the page is open are found within 15 s. The page
 * counts towards its person's open feeds but stands on no article's list of who is here.
 */
export async function openStoryStream(options: StoryStreamOptions): Promise<ReadableStream<Uint8Array>> {
  const { storyId, user, signal } = options;
  const bus = options.bus ?? getEventBus();
  const story = await db.story.findUnique({ where: { id: storyId }, select: { id: true } });
  if (!story) throw new NotFoundError("That story");
  const connectionId = randomUUID();
  const seqs = new Map<string, number>();
  let storySeq = 0;
  const unsubscribes = new Map<string, () => void>();
  let stopOwn: (() => void) | undefined;
  let position = options.after;
  // Set once the stream is open; cleared however it ends.
  const timer: { poll?: NodeJS.Timeout } = {};
  const sse = openSseStream({
    signal,
    hello: { connectionId },
    onStop: async () => {
      clearInterval(timer.poll);
      stopOwn?.();
      for (const unsubscribe of unsubscribes.values()) unsubscribe();
      await leavePresence(connectionId).catch(() => {});
    },
  });

  function offer(event: ArticleEvent) {
    const known = seqs.get(event.articleId) ?? 0;
    if (sse.closed || event.seq <= known) return;
    position += event.seq - known;
    seqs.set(event.articleId, event.seq);
    sse.send(frame("change", event, position));
  }

  function offerOwn(event: StoryEvent) {
    if (sse.closed || event.seq <= storySeq) return;
    position += event.seq - storySeq;
    storySeq = event.seq;
    sse.send(frame("change", event, position));
  }

  const listener = {
    connectionId,
    userId: user.id,
    sessionVersion: user.sessionVersion,
    onRevoked: () => sse.revoke(),
    onResync: () => sse.queue(check),
  };
  const listen = (articleId: string) => bus.subscribe({ ...listener, articleId, onEvent: (event) => sse.queue(async () => offer(event)), onPresence: () => {} });

  /** Catches up with the database: new articles are listened to, and a page behind it reloads. */
  async function check() {
    if (!(await stillAllowed(user))) return sse.revoke();
    let current = await storyPosition(storyId);
    const fresh = [...current.articles.keys()].filter((id) => !unsubscribes.has(id));
    if (fresh.length) {
      for (const articleId of fresh) {
        const unsubscribe = await listen(articleId);
        if (sse.closed) unsubscribe();
        else unsubscribes.set(articleId, unsubscribe);
      }
      // Read again now that they are heard, so nothing committed in between goes unnoticed.
      current = await storyPosition(storyId);
    }
    for (const [articleId, seq] of current.articles) seqs.set(articleId, Math.max(seq, seqs.get(articleId) ?? 0));
    storySeq = Math.max(current.story, storySeq);
    if (current.position !== position) {
      position = current.position;
      sse.send(frame("reset", { seq: position }, position));
    }
  }

  await joinPresence(connectionId, null, user.id, MAX_FEEDS_PER_PERSON).catch(async (error) => {
    await sse.stop();
    throw error;
  });
  // Listening before the stream is handed over, as an article's feed is: a change made right after is heard.
  await new Promise<void>((resolve) =>
    sse.queue(async () => {
      try {
        stopOwn = await bus.subscribeStory({ ...listener, storyId, onEvent: (event) => sse.queue(async () => offerOwn(event)) });
        if (sse.closed) stopOwn();
        await check();
      } finally {
        resolve();
      }
    }),
  );
  timer.poll = setInterval(() => sse.queue(check), KEEPALIVE_MS);
  if (sse.closed) clearInterval(timer.poll);
  return sse.stream;
}
