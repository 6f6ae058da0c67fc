import { afterAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/tests/factories";
import { readServerSentEvents, type ServerSentEvent } from "@/tests/sse-reader";
import { createAnnotation } from "../annotations/create-annotation";
import { db } from "../db/client";
import { NotFoundError } from "../errors/domain-error";
import { createFact } from "../ledger/change-ledger";
import { revokeSessions } from "../users/revoke-sessions";
import { EventBus } from "./event-bus";
import { listPresence } from "./presence";
import { openStoryStream, storyPosition } from "./story-stream";

const bus = new EventBus(process.env.DATABASE_URL!);
afterAll(async () => {
  await bus.close();
  await db.$disconnect();
});

async function listen(storyId: string, user: { id: string }, after: number) {
  const abort = new AbortController();
  const events = readServerSentEvents(await openStoryStream({ storyId, user: { id: user.id, sessionVersion: 0 }, after, signal: abort.signal, bus }));
  async function next(type: string): Promise<ServerSentEvent | null> {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no "${type}" event within 5 s`)), 5_000));
    for (;;) {
      const result = await Promise.race([events.next(), timeout]);
      if (result.done) return null;
      if (result.value.event === type) return result.value;
    }
  }
  return { next, close: () => abort.abort() };
}

const tag = (user: Awaited<ReturnType<typeof createUser>>, article: { id: string; text: string }, words: string) => {
  const start = article.text.indexOf(words);
  return createAnnotation(user, article.id, { kind: "FIGURE", start, end: start + words.length, exact: words });
};

describe("the story feed", () => {
  it("carries every article's changes, numbered by the story's position, and stands on no article's presence list", async () => {
    const first = await createArticle(["The agency recorded 70.3 million pieces of French telephone data."]);
    const second = await createArticle(["More than 70 million phone calls were recorded."], first.storyId);
    const user = await createUser("EDITOR");
    const { position } = await storyPosition(first.storyId);
    const feed = await listen(first.storyId, user, position);
    await feed.next("hello");

    await tag(user, second, "70 million");
    const change = await feed.next("change");
    expect(JSON.parse(change!.data)).toMatchObject({ articleId: second.id, type: "annotation.created" });
    expect(Number(change!.id)).toBe(position + 1);
    await tag(user, first, "70.3 million");
    expect(Number((await feed.next("change"))!.id)).toBe(position + 2);
    expect(await listPresence(first.id)).toEqual([]);
    expect(await db.presence.count({ where: { userId: user.id, articleId: null } })).toBe(1);
    feed.close();
  });

  it("carries the ledger's changes from the story's own feed, numbered with its articles' changes, and tells a page that missed one to reload", async () => {
    const first = await createArticle(["The agency recorded 70.3 million pieces of French telephone data."]);
    const second = await createArticle(["More than 70 million phone calls were recorded."], first.storyId);
    const user = await createUser("EDITOR");
    const a = await tag(user, first, "70.3 million");
    const b = await tag(user, second, "70 million");
    const { position } = await storyPosition(first.storyId);
    const feed = await listen(first.storyId, user, position);
    await feed.next("hello");

    const fact = await createFact(user, first.storyId, { label: "French phone records", unit: null, annotationIds: [a.id, b.id] });
    const change = await feed.next("change");
    expect(JSON.parse(change!.data)).toEqual({ storyId: first.storyId, seq: 1, type: "fact.created", entityId: fact.id, actorId: user.id });
    expect(Number(change!.id)).toBe(position + 1);
    await tag(user, first, "French telephone data");
    const next = await feed.next("change");
    expect(JSON.parse(next!.data)).toMatchObject({ articleId: first.id, type: "annotation.created" });
    expect(Number(next!.id)).toBe(position + 2);
    feed.close();

    await createFact(user, first.storyId, { label: "Phone calls", unit: null, annotationIds: [b.id] });
    const late = await listen(first.storyId, user, position + 2);
    expect(Number((await late.next("reset"))!.id)).toBe(position + 3);
    late.close();
  });

  it("tells a page that missed changes to reload, and finds an article imported while it is open", async () => {
    const first = await createArticle(["The agency recorded 70.3 million pieces of French telephone data."]);
    const user = await createUser("EDITOR");
    const { position } = await storyPosition(first.storyId);
    await tag(user, first, "70.3 million");
    const feed = await listen(first.storyId, user, position);
    expect(Number((await feed.next("reset"))!.id)).toBe(position + 1);

    const later = await createArticle(["Officials said 3 million calls a day were logged."], first.storyId);
    // The feed looks for new articles every 15 s; the test does not wait for that, it reconnects.
    feed.close();
    const again = await listen(first.storyId, user, position + 1);
    await again.next("hello");
    await tag(user, later, "3 million");
    expect(JSON.parse((await again.next("change"))!.data)).toMatchObject({ articleId: later.id });
    again.close();
  });

  it("refuses an unknown story, and stops when the person's sessions are revoked", async () => {
    const user = await createUser("ANNOTATOR");
    await expect(openStoryStream({ storyId: "no-such-story", user: { id: user.id, sessionVersion: 0 }, after: 0, signal: new AbortController().signal, bus })).rejects.toThrow(NotFoundError);
    const article = await createArticle(["Nothing to see."]);
    const feed = await listen(article.storyId, user, 0);
    await feed.next("hello");
    await revokeSessions(user, user.id);
    expect(await feed.next("revoked")).not.toBeNull();
  });
});
