import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { annotationsApi } from "./annotations";
import { ApiError, UnexpectedAnswerError, urlOf } from "./client";
import { commentsApi } from "./comments";
import { annotationRoutes } from "@/lib/contracts/annotations";

/** What the test server answers next: a status and a body, exactly as given. */
let next: { status: number; body: string } = { status: 200, body: "{}" };
let asked: { method?: string; url?: string; body: string } = { body: "" };
let server: Server;
let origin: string;

const annotation = {
  id: "a1",
  articleId: "art1",
  kind: "FIGURE",
  start: 20,
  end: 32,
  exact: "70.3 million",
  prefix: "The agency recorded ",
  suffix: " calls",
  orphaned: false,
  note: "",
  figure: { value: 70_300_000, valueMax: null, unit: "calls" },
  status: "DRAFT",
  author: { id: "u1", name: "Ann Annotator" },
  verdict: null,
  reviewer: null,
  reviewedAt: null,
  submittedAt: null,
  assignee: null,
  sameClaimAs: null,
  version: 1,
  createdAt: "2026-12-06T10:00:00.000Z",
  updatedAt: "2026-12-06T10:00:00.000Z",
  deleted: false,
  contributorIds: [],
  canEdit: true,
  canDelete: true,
  sources: [
    {
      id: "s1",
      relation: "SUPPORTS",
      url: "https://news.example/a",
      title: "",
      publisher: "",
      excerpt: "",
      accessedAt: null,
      linked: null,
      archive: { state: "pending", problem: null, copy: null, lastCheck: null },
    },
  ],
};

const answer = (status: number, body: unknown) => {
  next = { status, body: typeof body === "string" ? body : JSON.stringify(body) };
};

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      asked = { method: request.method, url: request.url, body };
      response.writeHead(next.status, next.status === 204 ? {} : { "Content-Type": "application/json" });
      response.end(next.status === 204 ? undefined : next.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The client speaks to the page's own origin; here that origin is the test server, over real HTTP.
  const realFetch = globalThis.fetch;
  vi.stubGlobal("fetch", (url: string, init?: RequestInit) => realFetch(`${origin}${url}`, init));
});

afterAll(async () => {
  vi.unstubAllGlobals();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => answer(200, {}));

describe("the browser's API client", () => {
  it("sends the call the route's contract describes and hands back the parsed answer", async () => {
    answer(200, annotation);
    const got = await annotationsApi.update("a/1", { version: 1, note: "<p>Le Monde</p>" });
    expect(asked).toEqual({ method: "PATCH", url: "/api/annotations/a%2F1", body: JSON.stringify({ version: 1, note: "<p>Le Monde</p>" }) });
    expect(got).toEqual(annotation);
  });

  it("refuses an answer that breaks the route's schema, naming the route and what broke", async () => {
    answer(200, { ...annotation, sources: [{ ...annotation.sources[0], url: 42 }], version: "1" });
    const failure = await annotationsApi.get("a1").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UnexpectedAnswerError);
    const { route, problem, message } = failure as UnexpectedAnswerError;
    expect(route).toBe("GET /api/annotations/:id");
    expect(problem).toContain("version: Invalid input: expected number, received string");
    expect(problem).toContain("sources.0.url: Invalid input: expected string, received number");
    expect(message).toMatch(/^The server's answer to GET \/api\/annotations\/:id is not what this page expects: /);
  });

  it("refuses an answer that lacks a field or is not the promised thing at all", async () => {
    const { canEdit: _dropped, ...withoutCanEdit } = annotation;
    void _dropped;
    answer(201, withoutCanEdit);
    await expect(annotationsApi.create("art1", { kind: "FIGURE", start: 20, end: 32, exact: "70.3 million" })).rejects.toThrow(
      "POST /api/articles/:id/annotations is not what this page expects: canEdit: Invalid input: expected boolean, received undefined",
    );
    answer(200, "not json at all");
    await expect(commentsApi.list("a1")).rejects.toThrow("GET /api/annotations/:id/comments is not what this page expects: threads: Invalid input: expected array, received undefined");
  });

  it("turns an error answer into the server's message, with its status and details", async () => {
    answer(409, { error: "Someone changed this annotation.", code: "conflict", details: { current: { version: 2 } } });
    const failure = (await annotationsApi.update("a1", { version: 1, note: "x" }).catch((error: unknown) => error)) as ApiError;
    expect(failure).toBeInstanceOf(ApiError);
    expect([failure.message, failure.status, failure.details]).toEqual(["Someone changed this annotation.", 409, { current: { version: 2 } }]);
    answer(401, { error: "Sign in first." });
    await expect(annotationsApi.get("a1")).rejects.toThrow("Your session has ended. Please sign in again.");
  });

  it("takes 204 as the answer a route without a body promises", async () => {
    answer(204, "");
    await expect(commentsApi.remove("c1")).resolves.toBeUndefined();
    expect(asked.method).toBe("DELETE");
  });

  it("puts the query in the address, leaving out what is not given", () => {
    expect(urlOf(annotationRoutes.removeSource, { params: { id: "s 1" }, query: { version: 3 } })).toBe("/api/sources/s%201?version=3");
    expect(urlOf(annotationRoutes.search, { params: { id: "a1" }, query: { q: "70 million", other: undefined } })).toBe("/api/articles/a1/annotations/search?q=70+million");
  });
});
