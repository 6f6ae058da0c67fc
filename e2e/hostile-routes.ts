import { randomUUID } from "node:crypto";
import { expect } from "@playwright/test";
import { uniqueEmail } from "./helpers";

/** A signed-in person talking plain HTTP, so a test can send any bytes it likes. */
export interface Caller {
  readonly id: string;
  send(method: string, path: string, body?: string | Uint8Array | FormData, contentType?: string): Promise<{ status: number; text: string }>;
  json<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T>;
}

/** What every case may lean on: the shared article, and a way to act as the desk's editor. */
export interface World {
  storyId: string;
  article: { id: string; text: string };
  editor: Caller;
}

type Body = Record<string, unknown>;

/** A field of a body that people read (text) or follow (url), and how to put a value into it. */
export interface Field {
  name: string;
  kind: "text" | "url";
  set?: (body: Body, value: string) => Body;
}

export interface Prepared {
  path: string;
  /** A body the route accepts now (read again before every request: versions move on). */
  body?: () => Promise<Body>;
  /** The route reads a multipart form, not JSON. */
  multipart?: boolean;
}

export interface Case {
  prepare(as: Caller, world: World): Promise<Prepared>;
  fields?: Field[];
}

export const ARTICLE_TEXT =
  "The agency recorded 70.3 million calls in a month, officials said on Monday 🧪 in Paris. " +
  "The White House said the reports had distorted the agency's activities. Café owners near the embassy said 12 people were questioned.";

const PASSWORD = "a long hostile-test password";

export const annotate = async (as: Caller, world: World, kind = "CLAIM", words = "officials said on Monday") => {
  const start = world.article.text.indexOf(words);
  return as.json<{ id: string; version: number }>("POST", `/api/articles/${world.article.id}/annotations`, { kind, start, end: start + words.length, exact: words });
};

const person = async (as: Caller) => {
  const email = uniqueEmail("hostile-target");
  return as.json<{ id: string }>("POST", "/api/users", { email, name: "Target Person", role: "ANNOTATOR", password: PASSWORD });
};

export const importArticle = async (as: Caller, storyId: string, title = `Hostile ${randomUUID()}`) => {
  const form = new FormData();
  Object.entries({ title, outlet: "Wire", text: ARTICLE_TEXT, format: "text", allowDuplicate: "true" }).forEach(([k, v]) => form.set(k, v));
  const response = await as.send("POST", `/api/stories/${storyId}/articles`, form);
  expect(response.status, response.text).toBe(201);
  return JSON.parse(response.text) as { id: string };
};

/** A claim in `article` tagged and submitted by `as`, approved by the world's editor: something a report may publish. */
const approvedClaim = async (as: Caller, world: World, article: { id: string; text: string }) => {
  const words = "The White House said the reports had distorted the agency's activities";
  const start = article.text.indexOf(words);
  const made = await as.json<{ id: string; version: number }>("POST", `/api/articles/${article.id}/annotations`, { kind: "CLAIM", start, end: start + words.length, exact: words });
  const submitted = await as.json<{ version: number }>("POST", `/api/annotations/${made.id}/review`, { action: "SUBMIT", version: made.version });
  await world.editor.json("POST", `/api/annotations/${made.id}/review`, { action: "APPROVE", version: submitted.version, verdict: { kind: "CLAIM", rating: "MISLEADING" } });
};

/** What publishing a report is sent with: the version of it the editor looked at. */
const basedOn = async (as: Caller, path: string) => (await as.json<{ basedOn: string }>("GET", `${path}/preview`)).basedOn;

const versionOf = async (as: Caller, annotationId: string) => (await as.json<{ version: number }>("GET", `/api/annotations/${annotationId}`)).version;
const constant = (body: Body) => async () => body;
const text = (...names: string[]): Field[] => names.map((name) => ({ name, kind: "text" }));

/**
 * Every write route, by method and path pattern, with what it needs to accept a request and the
 * fields people read or follow. The spec fails if a write route is missing here.
 */
export const WRITE_ROUTES: Record<string, Case> = {
  "POST /api/users": {
    prepare: async () => ({ path: "/api/users", body: async () => ({ email: uniqueEmail("hostile-user"), name: "Hostile Name", role: "ANNOTATOR", password: PASSWORD }) }),
    fields: text("name"),
  },
  "PATCH /api/users/:id": { prepare: async (as) => ({ path: `/api/users/${(await person(as)).id}`, body: constant({ role: "EDITOR" }) }) },
  "DELETE /api/users/:id/sessions": { prepare: async (as) => ({ path: `/api/users/${(await person(as)).id}/sessions` }) },
  // Always the wrong current password: a success would end the caller's own session.
  "PUT /api/account/password": { prepare: async () => ({ path: "/api/account/password", body: constant({ currentPassword: "not the password at all", newPassword: "a brand new long password" }) }) },
  "PUT /api/users/:id/password": { prepare: async (as) => ({ path: `/api/users/${(await person(as)).id}/password`, body: constant({ newPassword: "a brand new long password" }) }) },
  "POST /api/stories": { prepare: async () => ({ path: "/api/stories", body: constant({ title: "Hostile story", description: "" }) }), fields: text("title", "description") },
  "PATCH /api/stories/:id": {
    prepare: async (as) => ({ path: `/api/stories/${(await as.json<{ id: string }>("POST", "/api/stories", { title: "Hostile story to change" })).id}`, body: constant({ title: "Renamed" }) }),
    fields: text("title", "description"),
  },
  "POST /api/stories/:id/articles": {
    prepare: async (as, world) => ({
      path: `/api/stories/${world.storyId}/articles`,
      multipart: true,
      body: async () => ({ title: "Imported", outlet: "Wire", text: `${ARTICLE_TEXT} ${randomUUID()}`, format: "text", allowDuplicate: "true" }),
    }),
    fields: [...text("title", "outlet", "text"), { name: "url", kind: "url" }],
  },
  "PUT /api/articles/:id/text": {
    prepare: async (as, world) => {
      const { id } = await importArticle(as, world.storyId);
      return {
        path: `/api/articles/${id}/text`,
        body: async () => {
          const { version } = await as.json<{ version: number }>("GET", `/api/articles/${id}`);
          return { baseVersion: version, content: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: ARTICLE_TEXT }] }] } };
        },
      };
    },
    fields: [{ name: "content", kind: "text", set: (body, value) => ({ ...body, content: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `${ARTICLE_TEXT} ${value}` }] }] } }) }],
  },
  "PUT /api/annotations/:id/anchor": {
    prepare: async (as, world) => {
      const { id } = await annotate(as, world);
      return { path: `/api/annotations/${id}/anchor`, body: async () => ({ version: await versionOf(as, id), start: 4, end: 10, exact: "agency" }) };
    },
  },
  "PUT /api/articles/:id/presence": {
    prepare: async (as, world) => ({ path: `/api/articles/${world.article.id}/presence`, body: constant({ connectionId: randomUUID(), annotationId: null, editing: false }) }),
  },
  "POST /api/annotations/:id/comments": {
    prepare: async (as, world) => ({ path: `/api/annotations/${(await annotate(as, world)).id}/comments`, body: constant({ body: "A comment" }) }),
    fields: text("body"),
  },
  "PATCH /api/comments/:id": {
    prepare: async (as, world) => {
      const annotation = await annotate(as, world);
      const comment = await as.json<{ id: string }>("POST", `/api/annotations/${annotation.id}/comments`, { body: "To be edited" });
      return {
        path: `/api/comments/${comment.id}`,
        body: async () => {
          const { threads } = await as.json<{ threads: { id: string; version: number }[] }>("GET", `/api/annotations/${annotation.id}/comments`);
          return { version: threads.find((t) => t.id === comment.id)!.version, body: "Edited" };
        },
      };
    },
    fields: text("body"),
  },
  "DELETE /api/comments/:id": {
    prepare: async (as, world) => ({ path: `/api/comments/${(await as.json<{ id: string }>("POST", `/api/annotations/${(await annotate(as, world)).id}/comments`, { body: "To go" })).id}` }),
  },
  "POST /api/inbox/read": { prepare: async () => ({ path: "/api/inbox/read", body: constant({ all: true }) }) },
  "POST /api/articles/:id/annotations": {
    prepare: async (as, world) => {
      const words = "officials said on Monday";
      const start = world.article.text.indexOf(words);
      return { path: `/api/articles/${world.article.id}/annotations`, body: constant({ kind: "CLAIM", start, end: start + words.length, exact: words, note: "" }) };
    },
    fields: text("note"),
  },
  "PATCH /api/annotations/:id": {
    prepare: async (as, world) => {
      const { id } = await annotate(as, world, "FIGURE", "70.3 million calls");
      return { path: `/api/annotations/${id}`, body: async () => ({ version: await versionOf(as, id), note: "Edited" }) };
    },
    fields: [...text("note"), { name: "unit", kind: "text", set: (body, value) => ({ ...body, figure: { value: 70.3, valueMax: null, unit: value } }) }],
  },
  "POST /api/suggestions/:id/accept": { prepare: async (as, world) => ({ path: `/api/suggestions/${await suggestion(as, world.article.id)}/accept` }) },
  "POST /api/suggestions/:id/dismiss": { prepare: async (as, world) => ({ path: `/api/suggestions/${await suggestion(as, world.article.id)}/dismiss` }) },
  "POST /api/suggestions/:id/restore": { prepare: async (as, world) => ({ path: `/api/suggestions/${await suggestion(as, world.article.id)}/restore` }) },
  "POST /api/reports/:type/:id/publications": {
    prepare: async (as, world) => {
      await approvedClaim(as, world, world.article);
      const path = `/api/reports/story/${world.storyId}/publications`;
      // Publishing does not change the report's version, so the one read now holds for every attempt.
      return { path, body: constant({ basedOn: await basedOn(as, path), note: "Corrected the figure" }) };
    },
    fields: text("note"),
  },
  "DELETE /api/reports/:type/:id/publications": {
    prepare: async (as, world) => {
      const { id } = await importArticle(as, world.storyId);
      await approvedClaim(as, world, { id, text: ARTICLE_TEXT });
      const path = `/api/reports/article/${id}/publications`;
      await as.json("POST", path, { basedOn: await basedOn(as, path) });
      return { path };
    },
  },
  "POST /api/stories/:id/facts": {
    prepare: async (as, world) => ({
      path: `/api/stories/${world.storyId}/facts`,
      body: async () => ({ label: "Calls recorded", unit: "calls", annotationIds: [(await annotate(as, world, "FIGURE", "70.3 million calls")).id] }),
    }),
    fields: text("label", "unit"),
  },
  "POST /api/stories/:id/facts/dismissals": {
    prepare: async (as, world) => ({ path: `/api/stories/${world.storyId}/facts/dismissals`, body: async () => ({ annotationIds: [(await annotate(as, world, "FIGURE", "12 people")).id] }) }),
  },
  "PATCH /api/facts/:id": {
    prepare: async (as, world) => {
      const fact = await newFact(as, world);
      return { path: `/api/facts/${fact}`, body: async () => ({ version: await factVersion(as, world, fact), label: "Renamed", unit: "calls" }) };
    },
    fields: text("label", "unit"),
  },
  "PATCH /api/articles/:id": { prepare: async (as, world) => ({ path: `/api/articles/${(await importArticle(as, world.storyId)).id}`, body: constant({ deskOwned: true }) }) },
  "POST /api/facts/:id/confirm": {
    prepare: async (as, world) => {
      const fact = await newFact(as, world);
      return { path: `/api/facts/${fact}/confirm`, body: async () => ({ version: await factVersion(as, world, fact) }) };
    },
  },
  "POST /api/facts/:id/entries": {
    prepare: async (as, world) => {
      const fact = await newFact(as, world);
      return { path: `/api/facts/${fact}/entries`, body: async () => ({ version: await factVersion(as, world, fact), annotationId: (await annotate(as, world, "FIGURE", "12 people")).id }) };
    },
  },
  "DELETE /api/facts/:id/entries/:annotationId": {
    prepare: async (as, world) => {
      const figure = await annotate(as, world, "FIGURE", "70.3 million calls");
      const { id } = await as.json<{ id: string }>("POST", `/api/stories/${world.storyId}/facts`, { label: "To empty", annotationIds: [figure.id] });
      return { path: `/api/facts/${id}/entries/${figure.id}?version=${await factVersion(as, world, id)}` };
    },
  },
  "POST /api/facts/:id/merge": {
    prepare: async (as, world) => {
      const [one, other] = [await newFact(as, world), await newFact(as, world)];
      return { path: `/api/facts/${one}/merge`, body: async () => ({ version: await factVersion(as, world, one), otherFactId: other, otherVersion: await factVersion(as, world, other) }) };
    },
  },
  "POST /api/articles/:id/suggestions/matches": {
    prepare: async (as, world) => {
      const words = "The agency recorded 70.3 million calls in a month";
      const start = world.article.text.indexOf(words);
      return { path: `/api/articles/${world.article.id}/suggestions/matches`, body: constant({ spans: [{ start, end: start + words.length, kind: "CLAIM" }] }) };
    },
  },
  "POST /api/articles/:id/suggestions/accept": { prepare: async (as, world) => ({ path: `/api/articles/${world.article.id}/suggestions/accept`, body: constant({ kind: "DENIAL" }) }) },
  "DELETE /api/annotations/:id": { prepare: async (as, world) => ({ path: `/api/annotations/${(await annotate(as, world)).id}` }) },
  "POST /api/annotations/:id/restore": {
    prepare: async (as, world) => {
      const { id } = await annotate(as, world);
      await as.json("DELETE", `/api/annotations/${id}`);
      return { path: `/api/annotations/${id}/restore` };
    },
  },
  "POST /api/annotations/:id/sources": {
    prepare: async (as, world) => ({ path: `/api/annotations/${(await annotate(as, world)).id}/sources`, body: constant({ url: "https://news.example/hostile", relation: "SUPPORTS", title: "A source" }) }),
    fields: [...text("title", "publisher", "excerpt"), { name: "url", kind: "url" }],
  },
  "PATCH /api/sources/:id": {
    prepare: async (as, world) => {
      const { id } = await annotate(as, world);
      const made = await as.json<{ sources: { id: string }[] }>("POST", `/api/annotations/${id}/sources`, { url: "https://news.example/to-edit", relation: "REFUTES" });
      return { path: `/api/sources/${made.sources[0].id}`, body: async () => ({ version: await versionOf(as, id), title: "Edited source" }) };
    },
    fields: [...text("title", "publisher", "excerpt"), { name: "url", kind: "url" }],
  },
  "DELETE /api/sources/:id": {
    prepare: async (as, world) => {
      const made = await as.json<{ sources: { id: string }[]; version: number }>("POST", `/api/annotations/${(await annotate(as, world)).id}/sources`, { url: "https://news.example/to-go", relation: "CONTEXT" });
      return { path: `/api/sources/${made.sources[0].id}?version=${made.version}` };
    },
  },
  "POST /api/sources/:id/check": {
    prepare: async (as, world) => {
      const made = await as.json<{ sources: { id: string }[] }>("POST", `/api/annotations/${(await annotate(as, world)).id}/sources`, { url: "https://news.example/to-check", relation: "CONTEXT" });
      return { path: `/api/sources/${made.sources[0].id}/check` };
    },
  },
  "PUT /api/annotations/:id/same-claim": {
    prepare: async (as, world) => {
      const { id } = await annotate(as, world);
      return { path: `/api/annotations/${id}/same-claim`, body: async () => ({ version: await versionOf(as, id), checkId: "c0000000000000000000000000" }) };
    },
  },
  "DELETE /api/annotations/:id/same-claim": {
    prepare: async (as, world) => {
      const { id, version } = await annotate(as, world);
      return { path: `/api/annotations/${id}/same-claim?version=${version}` };
    },
  },
  "POST /api/claims/imports": {
    prepare: async () => ({ path: "/api/claims/imports", multipart: true, body: constant({ file: "not a file" }) }),
  },
  "POST /api/claims/imports/web": {
    prepare: async () => ({ path: "/api/claims/imports/web", body: constant({ url: "https://news.example/fact-checks" }) }),
    fields: [{ name: "url", kind: "url" }],
  },
  "POST /api/stories/:id/articles/preview": {
    prepare: async (as, world) => ({ path: `/api/stories/${world.storyId}/articles/preview`, body: constant({ url: "https://news.example/preview" }) }),
    fields: [{ name: "url", kind: "url" }],
  },
  "POST /api/stories/:id/articles/web": {
    prepare: async (as, world) => ({ path: `/api/stories/${world.storyId}/articles/web`, body: constant({ archiveId: "c0000000000000000000000000", title: "From the web" }) }),
    fields: text("title", "outlet"),
  },
  "POST /api/annotations/:id/review": {
    // A fresh annotation each time: a submitted one cannot be submitted again.
    prepare: async (as, world) => {
      let current = "";
      return {
        get path() {
          return `/api/annotations/${current}/review`;
        },
        body: async () => {
          const made = await annotate(as, world);
          current = made.id;
          return { action: "SUBMIT", version: made.version, comment: "Ready" };
        },
      };
    },
    fields: text("comment"),
  },
  "PUT /api/annotations/:id/assignee": {
    prepare: async (as, world) => ({ path: `/api/annotations/${(await annotate(as, world)).id}/assignee`, body: constant({ assigneeId: world.editor.id }) }),
  },
  "PUT /api/articles/:id/assignee": { prepare: async (as, world) => ({ path: `/api/articles/${world.article.id}/assignee`, body: constant({ assigneeId: world.editor.id }) }) },
  "PATCH /api/settings": {
    prepare: async () => ({ path: "/api/settings", body: constant({ publicName: "Hostile desk" }) }),
    fields: [...text("publicName"), { name: "logoUrl", kind: "url" }, { name: "publicBaseUrl", kind: "url" }],
  },
};

async function suggestion(as: Caller, articleId: string): Promise<string> {
  const { suggestions } = await as.json<{ suggestions: { id: string; status: string }[] }>("GET", `/api/articles/${articleId}/suggestions`);
  return suggestions.find((s) => s.status === "OPEN")?.id ?? suggestions[0]?.id ?? "c0000000000000000000000000";
}

async function newFact(as: Caller, world: World): Promise<string> {
  const figure = await annotate(as, world, "FIGURE", "70.3 million calls");
  return (await as.json<{ id: string }>("POST", `/api/stories/${world.storyId}/facts`, { label: "A fact", annotationIds: [figure.id] })).id;
}

async function factVersion(as: Caller, world: World, factId: string): Promise<number> {
  const ledger = await as.json<{ facts: { id: string; version: number }[] }>("GET", `/api/stories/${world.storyId}/ledger`);
  return ledger.facts.find((f) => f.id === factId)?.version ?? 1;
}
