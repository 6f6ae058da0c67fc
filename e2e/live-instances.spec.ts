import { type APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { readServerSentEvents, type ServerSentEvent } from "../tests/sse-reader";
import { demoCopy, HOLLANDE, MAKE_CLEAR } from "./demo-articles";
import { apiAs, apiFor, newPerson } from "./helpers";

// playwright.config.ts starts a second instance of the same build on E2E_PORT_2, sharing the database.
const secondInstance = `http://localhost:${process.env.E2E_PORT_2}`;

async function cookieOf(api: APIRequestContext) {
  const { cookies } = await api.storageState();
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

/** Opens an article's feed on `origin` as a browser's EventSource would, and reads it event by event. */
async function openFeed(origin: string, articleId: string, cookie: string) {
  const abort = new AbortController();
  const response = await fetch(`${origin}/api/articles/${articleId}/events?after=0`, { headers: { cookie, accept: "text/event-stream" }, signal: abort.signal });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  const events = readServerSentEvents(response.body!);
  return {
    /** The next event other than pings and presence, or null when the server ends the stream. */
    async next(): Promise<ServerSentEvent | null> {
      for (;;) {
        const result = await events.next();
        if (result.done) return null;
        if (result.value.event !== "ping" && result.value.event !== "presence") return result.value;
      }
    },
    /** The next list of who is on the article. */
    async presence(): Promise<{ connectionId: string }[]> {
      for (;;) {
        const result = await events.next();
        if (result.done) throw new Error("The feed ended.");
        if (result.value.event === "presence") return JSON.parse(result.value.data);
      }
    },
    close: () => abort.abort(),
  };
}

/** Fresh copies of two demo articles in a story of the test's own: no other spec writes to them. */
async function articleIds(api: APIRequestContext) {
  const { articles } = await demoCopy(api, [HOLLANDE, MAKE_CLEAR], "Live instances");
  return { hollande: articles[HOLLANDE].id, other: articles[MAKE_CLEAR].id };
}

async function annotate(api: APIRequestContext, articleId: string, quote: string) {
  const { text } = await (await api.get(`/api/articles/${articleId}`)).json();
  const start = (text as string).indexOf(quote);
  const response = await api.post(`/api/articles/${articleId}/annotations`, { data: { kind: "CLAIM", start, end: start + quote.length, exact: quote } });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string };
}

test("a change written through one app instance reaches a page listening on the other, and only that article's changes do", async ({ playwright, baseURL }) => {
  const api = await apiAs(playwright, "editor");
  const cookie = await cookieOf(api);
  const { hollande, other } = await articleIds(api);
  const feed = await openFeed(secondInstance, hollande, cookie);
  const hello = await feed.next();
  expect(hello?.event).toBe("hello");
  const { connectionId } = JSON.parse(hello!.data);
  // The feed replays the article's changes from the start (after=0), numbered from 1 without a gap.
  const seen: number[] = [];

  await annotate(api, other, "the");
  const created = await annotate(api, hollande, "Michael Isikoff");
  for (;;) {
    const event = await feed.next();
    expect(event?.event).toBe("change");
    const change = JSON.parse(event!.data);
    expect(change.articleId).toBe(hollande);
    seen.push(Number(event!.id));
    if (change.annotationId === created.id) {
      expect(change.type).toBe("annotation.created");
      break;
    }
  }
  expect(seen).toEqual(seen.map((_, i) => i + 1));

  // A page that closes leaves: a page on the first instance sees it go.
  const watcher = await openFeed(baseURL!, hollande, cookie);
  let present = await watcher.presence();
  expect(present.map((p) => p.connectionId)).toContain(connectionId);
  feed.close();
  while (present.some((p) => p.connectionId === connectionId)) present = await watcher.presence();
  watcher.close();
});

test("the feed refuses people who are not signed in and unknown articles, and stops when a session is revoked", async ({ playwright }) => {
  const admin = await apiAs(playwright, "admin");
  const { hollande } = await articleIds(admin);

  const anonymous = await fetch(`${secondInstance}/api/articles/${hollande}/events`);
  expect(anonymous.status).toBe(401);
  expect((await anonymous.json()).error).toMatch(/sign in/i);

  // A person of the test's own: revoking their sessions ends nobody else's.
  const person = await newPerson(playwright, "ANNOTATOR", "live");
  const cookie = await cookieOf(await apiFor(playwright, person));

  const unknown = await fetch(`${secondInstance}/api/articles/no-such-article/events`, { headers: { cookie } });
  expect(unknown.status).toBe(404);
  const badPosition = await fetch(`${secondInstance}/api/articles/${hollande}/events?after=-3`, { headers: { cookie } });
  expect(badPosition.status).toBe(400);

  const feed = await openFeed(secondInstance, hollande, cookie);
  expect((await feed.next())?.event).toBe("hello");
  expect((await admin.delete(`/api/users/${person.id}/sessions`)).status()).toBe(204);
  const afterRevocation = await annotate(admin, hollande, "Alastair Jamieson");
  let event = await feed.next();
  while (event?.event === "change") {
    expect(JSON.parse(event.data).annotationId).not.toBe(afterRevocation.id);
    event = await feed.next();
  }
  expect(event?.event).toBe("revoked");
  expect(await feed.next()).toBeNull();
  const again = await fetch(`${secondInstance}/api/articles/${hollande}/events`, { headers: { cookie } });
  expect(again.status).toBe(401);
});
