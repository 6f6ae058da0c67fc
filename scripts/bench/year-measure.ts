/**
 * What `npm run bench:year` asks each desk's server for, and how it times an answer: from the
 * request to the last byte of the body (a page streams; an API answers at once), one request at a
 * time, from this process on the same machine. A reset connection or a timeout is retried (up to
 * PAGE_LOAD_ATTEMPTS times) and said so; an answer other than 200 stops the run, naming it.
 */
import { measuredLoad } from "../lib/page-load";
import type { Targets } from "./year-desk";

export interface Endpoint {
  label: string;
  /** "page" for what a browser opens, "api" for a JSON list. */
  kind: "page" | "api";
  path: (t: Targets) => string;
  /** Who asks: the demo editor, or the demo admin (the users' list). */
  as?: "admin";
}

const q = encodeURIComponent;

export const ENDPOINTS: Endpoint[] = [
  { label: "dashboard", kind: "page", path: () => "/" },
  { label: "dashboard, a page deep in it", kind: "page", path: (t) => (t.deepCursor ? `/?cursor=${q(t.deepCursor)}` : "/") },
  { label: "search: stories by title", kind: "page", path: (t) => `/?q=${q(t.storyWords)}` },
  { label: "a story", kind: "page", path: (t) => `/stories/${t.storyId}` },
  { label: "an article", kind: "page", path: (t) => `/articles/${t.articleId}` },
  { label: "review queue", kind: "page", path: () => "/review" },
  { label: "review queue, one story", kind: "page", path: (t) => `/review?storyId=${t.storyId}` },
  { label: "inbox", kind: "page", path: () => "/inbox" },
  { label: "my work", kind: "page", path: () => "/my-work" },
  { label: "article history", kind: "page", path: (t) => `/articles/${t.articleId}/history` },
  { label: "story history", kind: "page", path: (t) => `/stories/${t.storyId}/history` },
  { label: "ledger", kind: "page", path: (t) => `/stories/${t.storyId}/ledger` },
  { label: "story report", kind: "page", path: (t) => `/stories/${t.storyId}/report` },
  { label: "users (admin)", kind: "page", path: () => "/admin/users", as: "admin" },
  { label: "GET /api/stories", kind: "api", path: () => "/api/stories" },
  { label: "GET /api/stories?cursor= (deep)", kind: "api", path: (t) => (t.deepCursor ? `/api/stories?cursor=${q(t.deepCursor)}` : "/api/stories") },
  { label: "GET /api/stories/:id/articles", kind: "api", path: (t) => `/api/stories/${t.storyId}/articles` },
  { label: "GET /api/articles/:id/annotations", kind: "api", path: (t) => `/api/articles/${t.articleId}/annotations` },
  { label: "GET /api/articles/:id/annotations/search", kind: "api", path: (t) => `/api/articles/${t.articleId}/annotations/search?q=the` },
  { label: "GET /api/review-queue", kind: "api", path: () => "/api/review-queue" },
  { label: "GET /api/inbox", kind: "api", path: () => "/api/inbox" },
  { label: "GET /api/my-work", kind: "api", path: () => "/api/my-work" },
  { label: "GET /api/articles/:id/history", kind: "api", path: (t) => `/api/articles/${t.articleId}/history` },
  { label: "GET /api/annotations/:id/history", kind: "api", path: (t) => `/api/annotations/${t.annotationId}/history` },
  { label: "GET /api/stories/:id/ledger", kind: "api", path: (t) => `/api/stories/${t.storyId}/ledger` },
  { label: "GET /api/reports/story/:id/publications", kind: "api", path: (t) => `/api/reports/story/${t.storyId}/publications` },
  { label: "GET /api/people", kind: "api", path: () => "/api/people" },
  { label: "GET /api/users (admin)", kind: "api", path: () => "/api/users", as: "admin" },
];

export interface Desk {
  name: string;
  base: string;
  cookies: { editor: string; admin: string };
  targets: Targets;
}

/** One request, timed to the end of its body. */
export async function timeRequest(desk: Desk, endpoint: Endpoint): Promise<number> {
  const path = endpoint.path(desk.targets);
  const answer = await measuredLoad(`${desk.name} ${path}`, async () => {
    const started = performance.now();
    const response = await fetch(`${desk.base}${path}`, {
      headers: { cookie: desk.cookies[endpoint.as ?? "editor"], "accept-encoding": "gzip" },
      redirect: "manual",
      signal: AbortSignal.timeout(60_000),
    });
    const body = await response.text();
    return { took: performance.now() - started, status: response.status, body };
  });
  // Not a hiccup but a broken page: not retried.
  if (answer.status !== 200) throw new Error(`${desk.name} ${path} answered ${answer.status}: ${answer.body.slice(0, 300)}`);
  return answer.took;
}
