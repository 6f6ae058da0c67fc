import { type APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { API_ROUTES } from "../lib/contracts/api-routes";
import type { Audience } from "../lib/contracts/route-contract";
import { discoverRoutes, type Method, type Route } from "./api-routes";
import { DEMO, signInApi, uniqueEmail } from "./helpers";

/**
 * Every route under app/api, found from the file tree (so a new route cannot be forgotten), is
 * called without a session, as each role and on someone else's object, and each answer is checked
 * against who its contract (lib/contracts/) says may call it: the contract is the promise (the API
 * table in docs/api.md is written from it), this test holds the app to it.
 * owner: the object's author, editors, admins; author: its author alone.
 */
type Who = Audience;

function contractTable(): { method: Method; path: string; who: Who }[] {
  return API_ROUTES.map((route) => ({ method: route.method, path: route.path, who: route.who }));
}

const matches = (pattern: string, address: string) => {
  const a = pattern.split("/");
  const b = address.split("/");
  return a.length === b.length && a.every((segment, i) => segment.startsWith(":") || segment === b[i]);
};

test("every API route has a contract, answers 401 without a session, and refuses each role its contract leaves out", async ({ playwright, baseURL }) => {
  test.setTimeout(180_000);
  const routes = discoverRoutes();
  const table = contractTable();
  const documented = routes.map((route) => ({ route, rows: table.filter((row) => row.method === route.method && matches(route.pattern, row.path)) }));
  expect(documented.filter((d) => d.rows.length === 0).map((d) => `${d.route.method} ${d.route.pattern}`), "routes without a contract (lib/contracts/)").toEqual([]);
  expect(
    table.filter((row) => !routes.some((route) => route.method === row.method && matches(route.pattern, row.path))).map((row) => `${row.method} ${row.path}`),
    "contracts without a route",
  ).toEqual([]);

  // The people: an annotator who owns the objects (A), another annotator (B), an editor, an admin.
  const contexts: APIRequestContext[] = [];
  const signIn = async (email: string, password?: string) => {
    const context = await playwright.request.newContext({ baseURL });
    contexts.push(context);
    expect((await signInApi(context, email, password)).ok(), email).toBe(true);
    return context;
  };
  const admin = await signIn(DEMO.admin);
  const editor = await signIn(DEMO.editor);
  const owner = await signIn(DEMO.annotator);
  const otherEmail = uniqueEmail("other");
  expect((await admin.post("/api/users", { data: { email: otherEmail, name: "Other Annotator", role: "ANNOTATOR", password: "another long password" } })).status()).toBe(201);
  const other = await signIn(otherEmail, "another long password");

  // The objects, all the owner's: an article, an annotation with a source and a comment, a deleted annotation.
  const story = await (await editor.post("/api/stories", { data: { title: `Permissions ${otherEmail}` } })).json();
  const text = "The agency recorded 70.3 million calls in a month, officials said on Monday.";
  const article = await (await owner.post(`/api/stories/${story.id}/articles`, { multipart: { title: "Permissions", text, format: "text" } })).json();
  const created = async () => (await owner.post(`/api/articles/${article.id}/annotations`, { data: { kind: "FIGURE", start: 20, end: 32, exact: "70.3 million" } })).json();
  const annotation = await created();
  const withSource = await (await owner.post(`/api/annotations/${annotation.id}/sources`, { data: { url: "https://news.example/a", relation: "SUPPORTS" } })).json();
  const sourceId = withSource.sources[0].id;
  const comment = await (await owner.post(`/api/annotations/${annotation.id}/comments`, { data: { body: "Mine." } })).json();
  const deleted = await created();
  expect((await owner.delete(`/api/annotations/${deleted.id}`)).ok()).toBe(true);
  const { suggestions } = await (await owner.get(`/api/articles/${article.id}/suggestions`)).json();
  const users = (await (await admin.get("/api/users?limit=200")).json()).users as { id: string; email: string }[];
  const ownerId = users.find((u) => u.email === DEMO.annotator)!.id;

  const idFor = (pattern: string, method: Method): string => {
    if (pattern.startsWith("/api/annotations/:id/restore")) return deleted.id;
    if (pattern.startsWith("/api/annotations/")) return annotation.id;
    if (pattern.startsWith("/api/articles/") || pattern.startsWith("/api/reports/")) return article.id;
    if (pattern.startsWith("/api/stories/")) return story.id;
    if (pattern.startsWith("/api/sources/")) return sourceId;
    if (pattern.startsWith("/api/comments/")) return comment.id;
    if (pattern.startsWith("/api/users/")) return ownerId;
    if (pattern.startsWith("/api/suggestions/")) return suggestions[0]?.id ?? "none";
    void method;
    return "c0000000000000000000000000";
  };
  const address = (route: Route) =>
    route.pattern.replace(":type", "article").replace(":annotationId", annotation.id).replace(":id", idFor(route.pattern, route.method)) +
    (route.pattern.endsWith("/entries/:annotationId") ? "?version=1" : "") +
    (route.method === "DELETE" && route.pattern === "/api/sources/:id" ? `?version=${withSource.version}` : "") +
    (route.method === "DELETE" && route.pattern === "/api/annotations/:id/same-claim" ? `?version=${withSource.version}` : "");
  // A body the route accepts, where the permission is decided after the body is read.
  const BODIES: Record<string, object> = {
    "PATCH /api/annotations/:id": { version: annotation.version, note: "Not yours." },
    "PUT /api/annotations/:id/anchor": { version: annotation.version, start: 20, end: 32, exact: "70.3 million" },
    "POST /api/annotations/:id/sources": { url: "https://news.example/b", relation: "REFUTES" },
    "PATCH /api/sources/:id": { version: withSource.version, title: "Not yours" },
    "PATCH /api/comments/:id": { version: comment.version ?? 1, body: "Not yours." },
    "PUT /api/annotations/:id/same-claim": { version: withSource.version, checkId: "c0000000000000000000000000" },
  };

  const cookieOf = async (context: APIRequestContext | null) => (context ? (await context.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ") : "");
  const call = async (route: Route, context: APIRequestContext | null) => {
    const body = BODIES[`${route.method} ${route.pattern}`] ?? (route.method === "GET" || route.method === "DELETE" ? undefined : {});
    const controller = new AbortController();
    const response = await fetch(`${baseURL}${address(route)}`, {
      method: route.method,
      headers: { cookie: await cookieOf(context), ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      signal: controller.signal,
    });
    // Live feeds never end: the status is all this test needs.
    controller.abort();
    return response.status;
  };

  const wrong: string[] = [];
  const expectStatus = (label: string, status: number, ok: (s: number) => boolean) => {
    if (!ok(status)) wrong.push(`${label}: ${status}`);
  };
  for (const { route, rows } of documented) {
    const who = rows[0].who;
    const name = `${route.method} ${route.pattern} (${who})`;
    expectStatus(`${name} without a session`, await call(route, null), (s) => s === 401);
    const refusedFor: [string, APIRequestContext][] =
      who === "admin" ? [["editor", editor], ["annotator", other]] : who === "editor" ? [["annotator", other]] : who === "author" ? [["editor", editor], ["another annotator", other]] : who === "owner" || who === "self-or-admin" ? [["another annotator", other]] : [];
    for (const [label, context] of refusedFor) expectStatus(`${name} as ${label}`, await call(route, context), (s) => s === 403);
    // Reading is open to everyone on the desk; writes are left unrun here so the objects stay as they are.
    if (route.method === "GET") {
      const allowed: [string, APIRequestContext][] = who === "admin" ? [["admin", admin]] : who === "editor" ? [["editor", editor]] : [["annotator", other], ["editor", editor]];
      for (const [label, context] of allowed) expectStatus(`${name} as ${label}`, await call(route, context), (s) => s !== 401 && s !== 403 && s < 500);
    } else if (who === "signed-in") {
      expectStatus(`${name} as another annotator`, await call(route, other), (s) => s !== 401 && s !== 403 && s < 500);
    }
  }
  expect(wrong, "answers that break the contracts (lib/contracts/)").toEqual([]);
  // The refused writes changed nothing of the owner's.
  const after = await (await owner.get(`/api/annotations/${annotation.id}`)).json();
  expect(after).toMatchObject({ version: withSource.version, note: annotation.note, sources: [expect.objectContaining({ id: sourceId, title: withSource.sources[0].title })] });
  await Promise.all(contexts.map((context) => context.dispose()));
});
