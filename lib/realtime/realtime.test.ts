import { afterAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/tests/factories";
import { createAnnotation } from "../annotations/create-annotation";
import { getAnnotation } from "../annotations/get-annotation";
import type { SessionUser } from "../auth/session";
import { updateAnnotation } from "../annotations/update-annotation";
import { saveArticleText } from "../articles/save-article-text";
import { docFromParagraphs } from "../text/plain-text";
import { db } from "../db/client";
import { ConflictError, NotFoundError, TooManyRequestsError } from "../errors/domain-error";
import { revokeSessions } from "../users/revoke-sessions";
import { currentArticleSeq, listArticleEvents } from "./article-feed";
import { MAX_FEEDS_PER_PERSON, openArticleStream, presenceFrame } from "./article-stream";
import { EventBus } from "./event-bus";
import { updatePresence, type PresenceEntry } from "./presence";
import { readServerSentEvents, type ServerSentEvent } from "@/tests/sse-reader";

// Two buses are two app instances: each its own LISTEN connection to the one database.
const instanceA = new EventBus(process.env.DATABASE_URL!);
const instanceB = new EventBus(process.env.DATABASE_URL!);
afterAll(async () => {
  await Promise.all([instanceA.close(), instanceB.close()]);
  await db.$disconnect();
});

const PARAGRAPHS = ["The agency recorded 70.3 million pieces of French telephone data in one month.", "Officials said reports had distorted their activities."];

async function setup() {
  const article = await createArticle(PARAGRAPHS);
  const user = await createUser("EDITOR");
  const at = (quote: string) => {
    const start = article.text.indexOf(quote);
    return { start, end: start + quote.length, exact: quote };
  };
  return { article, user, at };
}

/** Opens a page's feed and reads it; `next` waits for the next event of a type (or fails after 5 s). */
async function listen(bus: EventBus, articleId: string, user: { id: string }, afterSeq = 0, viewer?: SessionUser) {
  const abort = new AbortController();
  const stream = await openArticleStream({ articleId, user: { id: user.id, sessionVersion: 0 }, afterSeq, signal: abort.signal, bus, viewer });
  const events = readServerSentEvents(stream);
  const seen: ServerSentEvent[] = [];
  async function next(type: string): Promise<ServerSentEvent | null> {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no "${type}" event within 5 s`)), 5_000));
    for (;;) {
      const result = await Promise.race([events.next(), timeout]);
      if (result.done) return null;
      seen.push(result.value);
      if (result.value.event === type) return result.value;
    }
  }
  return { next, seen, close: () => abort.abort() };
}

const seqOf = (event: ServerSentEvent | null) => Number(event?.id);

describe("the article feed", () => {
  it("numbers concurrent writes without gaps, in commit order, one event per write", async () => {
    const { article, user, at } = await setup();
    const created = await Promise.all(
      ["70.3 million", "French telephone data", "one month", "distorted", "Officials said"].map((quote, i) =>
        createAnnotation(user, article.id, { kind: i % 2 ? "CLAIM" : "FIGURE", ...at(quote) }),
      ),
    );
    await Promise.all(created.map((a) => updateAnnotation(user, a.id, { version: a.version, note: `<p>Checked ${a.exact}</p>` })));
    const events = await listArticleEvents(article.id, 0, 100);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(events.filter((e) => e.type === "annotation.created")).toHaveLength(5);
    expect(await currentArticleSeq(article.id)).toBe(10);
  });

  it("lets text corrections and note edits race without a deadlock: each either commits or is told", async () => {
    const { article, user, at } = await setup();
    const annotations = await Promise.all(["70.3 million", "distorted"].map((q) => createAnnotation(user, article.id, { kind: "FIGURE", ...at(q) })));
    const corrected = docFromParagraphs([PARAGRAPHS[0].replace("one month", "a single month"), PARAGRAPHS[1]]);
    const results = await Promise.allSettled([
      ...annotations.map((a) => updateAnnotation(user, a.id, { version: a.version, note: "<p>first</p>" })),
      saveArticleText(user, article.id, { baseVersion: 1, content: corrected }),
      ...annotations.map((a) => updateAnnotation(user, a.id, { version: a.version, note: "<p>second</p>" })),
    ]);
    const failures = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    expect(failures.every((error) => error instanceof ConflictError)).toBe(true);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    const events = await listArticleEvents(article.id, 0, 100);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(events.at(-1)?.seq).toBe(2 + 3);
  });
});

describe("live streams", () => {
  it("deliver a write made through one instance to a page on the other, exactly once", async () => {
    const { article, user, at } = await setup();
    const page = await listen(instanceB, article.id, user);
    expect(await page.next("hello")).not.toBeNull();
    const viaA = await listen(instanceA, article.id, user);
    await viaA.next("hello");
    const created = await createAnnotation(user, article.id, { kind: "FIGURE", ...at("70.3 million") });
    const change = await page.next("change");
    expect(JSON.parse(change!.data)).toMatchObject({ type: "annotation.created", annotationId: created.id, version: 1, seq: 1 });
    expect(seqOf(change)).toBe(1);
    await updateAnnotation(user, created.id, { version: 1, note: "<p>Sourced</p>" });
    expect(seqOf(await page.next("change"))).toBe(2);
    expect(seqOf(await viaA.next("change"))).toBe(1);
    page.close();
    viaA.close();
  });

  it("bring a changed annotation as each viewer would read it, rights included; a replay from the database stays bare", async () => {
    const { article, user, at } = await setup();
    const other = await createUser("ANNOTATOR");
    const viewer = (u: typeof user): SessionUser => ({ id: u.id, email: u.email, name: u.name, role: u.role, sessionVersion: 0 });
    const author = await listen(instanceB, article.id, user, 0, viewer(user));
    const reader = await listen(instanceB, article.id, other, 0, viewer(other));
    await Promise.all([author.next("hello"), reader.next("hello")]);
    const created = await createAnnotation(user, article.id, { kind: "FIGURE", ...at("70.3 million") });
    const forAuthor = JSON.parse((await author.next("change"))!.data);
    const forReader = JSON.parse((await reader.next("change"))!.data);
    // The same answer GET /api/annotations/:id gives each of them, rights included.
    expect(forAuthor.annotation).toEqual(JSON.parse(JSON.stringify(await getAnnotation(viewer(user), created.id))));
    expect(forReader.annotation).toEqual(JSON.parse(JSON.stringify(await getAnnotation(viewer(other), created.id))));
    expect([forAuthor.annotation.canEdit, forReader.annotation.canEdit]).toEqual([true, false]);
    // A page that catches up from the database is told ids only, and fetches.
    const late = await listen(instanceA, article.id, other, 0, viewer(other));
    expect(JSON.parse((await late.next("change"))!.data).annotation).toBeUndefined();
    for (const page of [author, reader, late]) page.close();
  });

  it("catch a reconnecting page up from its last event id, then go on live, with no gap and no duplicate", async () => {
    const { article, user, at } = await setup();
    const quotes = ["70.3 million", "French telephone data", "one month", "distorted"];
    for (const quote of quotes.slice(0, 3)) await createAnnotation(user, article.id, { kind: "CLAIM", ...at(quote) });
    const page = await listen(instanceA, article.id, user, 1);
    const replayed = [seqOf(await page.next("change")), seqOf(await page.next("change"))];
    await createAnnotation(user, article.id, { kind: "DENIAL", ...at(quotes[3]) });
    const live = seqOf(await page.next("change"));
    expect([...replayed, live]).toEqual([2, 3, 4]);
    expect(page.seen.filter((e) => e.event === "change").map(seqOf)).toEqual([2, 3, 4]);
    page.close();
  });

  it("tell a page that is too far ahead (the database was reset) to reload", async () => {
    const { article, user } = await setup();
    const page = await listen(instanceA, article.id, user, 50);
    expect(JSON.parse((await page.next("reset"))!.data)).toEqual({ seq: 0 });
    page.close();
  });

  it("refuse an unknown article before anything is sent", async () => {
    const user = await createUser();
    await expect(openArticleStream({ articleId: "nope", user: { id: user.id, sessionVersion: 0 }, afterSeq: 0, signal: new AbortController().signal, bus: instanceA })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("stop at once when the user's sessions are revoked, before any later event", async () => {
    const { article, user, at } = await setup();
    const other = await createUser("EDITOR");
    const page = await listen(instanceB, article.id, user);
    await page.next("hello");
    await revokeSessions(user, user.id);
    await createAnnotation(other, article.id, { kind: "FIGURE", ...at("70.3 million") });
    expect(await page.next("revoked")).not.toBeNull();
    expect(await page.next("change")).toBeNull();
    expect(page.seen.some((e) => e.event === "change")).toBe(false);
  });

  it("show who is on the article and which annotation they have open", async () => {
    const { article, user, at } = await setup();
    const annotator = await createUser("ANNOTATOR");
    const annotation = await createAnnotation(user, article.id, { kind: "FIGURE", ...at("70.3 million") });
    const editorPage = await listen(instanceA, article.id, user, 1);
    await editorPage.next("hello");
    const annotatorPage = await listen(instanceB, article.id, annotator, 1);
    const { connectionId } = JSON.parse((await annotatorPage.next("hello"))!.data) as { connectionId: string };
    const people = async (wanted: (entries: PresenceEntry[]) => boolean) => {
      for (;;) {
        const entries = JSON.parse((await editorPage.next("presence"))!.data) as PresenceEntry[];
        if (wanted(entries)) return entries;
      }
    };
    await people((entries) => entries.some((e) => e.userId === annotator.id));
    await expect(updatePresence(user.id, article.id, { connectionId, annotationId: null, editing: false })).rejects.toBeInstanceOf(NotFoundError);
    await updatePresence(annotator.id, article.id, { connectionId, annotationId: annotation.id, editing: true });
    const editing = await people((entries) => entries.some((e) => e.editing));
    expect(editing.find((e) => e.userId === annotator.id)).toMatchObject({ annotationId: annotation.id, editing: true });
    annotatorPage.close();
    await people((entries) => !entries.some((e) => e.userId === annotator.id));
    expect(await db.presence.count({ where: { connectionId } })).toBe(0);
    editorPage.close();
  });
});

describe("live feeds under abuse (security review, item 7)", () => {
  it("caps the live pages one person may have open (429 with a retry time), counting every instance", async () => {
    const { article, user } = await setup();
    const pages = [];
    for (let i = 0; i < MAX_FEEDS_PER_PERSON; i++) pages.push(await listen(i % 2 ? instanceA : instanceB, article.id, user));
    const refused = listen(instanceA, article.id, user);
    await expect(refused).rejects.toBeInstanceOf(TooManyRequestsError);
    await expect(refused).rejects.toMatchObject({ retryAfterSeconds: expect.any(Number) });
    // Someone else is not affected.
    const other = await createUser("ANNOTATOR");
    const theirs = await listen(instanceA, article.id, other);
    await theirs.next("hello");
    theirs.close();
    for (const page of pages) page.close();
  });

  it("drops a page that stops reading instead of queueing its events in memory", async () => {
    const { article, user, at } = await setup();
    const abort = new AbortController();
    // Opened and never read, with a small allowance so a few writes fill it.
    await openArticleStream({ articleId: article.id, user: { id: user.id, sessionVersion: 0 }, afterSeq: 0, signal: abort.signal, bus: instanceA, maxUnreadBytes: 4_000 });
    const annotation = await createAnnotation(user, article.id, { kind: "CLAIM", ...at("Officials said") });
    let version = annotation.version;
    for (let i = 0; i < 100 && !(await presenceGone(article.id, user.id)); i++) {
      version = (await updateAnnotation(user, annotation.id, { version, note: `<p>Edit ${i}</p>` })).version;
    }
    expect(await presenceGone(article.id, user.id)).toBe(true);
    abort.abort();
  });

  it("serialises each presence list once, however many pages receive it", () => {
    const entries: PresenceEntry[] = [{ connectionId: "c", userId: "u", name: "Eddie Editor", annotationId: null, editing: false }];
    expect(presenceFrame(entries)).toBe(presenceFrame(entries));
    expect(new TextDecoder().decode(presenceFrame(entries))).toBe(`event: presence\ndata: ${JSON.stringify(entries)}\n\n`);
  });
});

async function presenceGone(articleId: string, userId: string): Promise<boolean> {
  return (await db.presence.count({ where: { articleId, userId } })) === 0;
}
