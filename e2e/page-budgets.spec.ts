import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import pg from "pg";
import { checkAnchor } from "../lib/anchoring/selectors";
import { budgetFrom, overBudget, type PageSize } from "../tests/page-budgets/check-budgets";
import budgets from "./page-budgets.json" with { type: "json" };
import { DEMO, openAs } from "./helpers";

const ANNOTATIONS = 2_000;
const KINDS = ["CLAIM", "FIGURE", "DENIAL"] as const;
const DEMO_ARTICLE = "000_44bddbf2612d8742.txt";
/** Words of that article with nothing HTML or JSON would escape, to count how often its text is sent. */
const ITS_WORDS = "our goal is always to try to find the right balance between protecting the security and the privacy of our citizens";

/** The same positions on every run, so the pages weigh the same on every run. */
function seededRandom(seed: number) {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

/**
 * 2,000 annotations on one article, written straight to the database: through the API they would
 * take minutes and the write allowance would refuse most of them. Every tenth claim is written
 * submitted and returned, for an editor to approve through the API (an approval records what the
 * public may see), so the story has something to publish.
 */
async function annotate(articleId: string, text: string) {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const people = await db.query<{ id: string; email: string }>(`SELECT id, email FROM "User" WHERE email = ANY($1)`, [[DEMO.annotator, DEMO.editor]]);
    const idOf = (email: string) => people.rows.find((row) => row.email === email)!.id;
    const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const random = seededRandom(29);
    const rows = Array.from({ length: ANNOTATIONS }, (_, i) => {
      const first = Math.floor(random() * (words.length - 8));
      const last = first + Math.floor(random() * 6);
      const range = { start: words[first].start, end: words[last].end };
      const check = checkAnchor(text, { ...range, exact: text.slice(range.start, range.end) });
      if (!check.ok) throw new Error(check.message);
      const kind = KINDS[i % 3];
      return { id: randomUUID(), ...check.anchor, kind, approved: kind === "CLAIM" && i % 30 === 0 };
    });
    await db.query(
      `INSERT INTO "Annotation" (id, "articleId", kind, start, "end", exact, prefix, suffix, "authorId", status, verdict, "reviewerId", "reviewedAt", "updatedAt")
       SELECT r.id, $1, r.kind::"AnnotationKind", r.start, r."end", r.exact, r.prefix, r.suffix, $2,
              CASE WHEN r.approved THEN 'SUBMITTED' ELSE 'DRAFT' END::"ReviewStatus",
              NULL, NULL, NULL, now()
       FROM json_to_recordset($3::json) AS r(id text, kind text, start int, "end" int, exact text, prefix text, suffix text, approved boolean)`,
      [articleId, idOf(DEMO.annotator), JSON.stringify(rows)],
    );
    return rows.filter((row) => row.approved).map((row) => row.id);
  } finally {
    await db.end();
  }
}

/**
 * Opens a page in a fresh tab and weighs it: its HTML and every script it loaded until `ready`,
 * each gzipped here (as Next.js sends them), so the figure does not depend on timing or caches.
 */
async function weigh(page: Page, url: string, ready: (page: Page) => Promise<void>): Promise<{ size: PageSize; body: string }> {
  const scripts = new Map<string, Promise<number>>();
  const listener = (response: import("@playwright/test").Response) => {
    if (response.request().resourceType() === "script" && !scripts.has(response.url())) {
      scripts.set(response.url(), response.body().then((body) => gzipSync(body).length));
    }
  };
  page.on("response", listener);
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await ready(page);
  await page.waitForLoadState("load");
  page.off("response", listener);
  const body = await response!.body();
  const js = (await Promise.all(scripts.values())).reduce((sum, bytes) => sum + bytes, 0);
  return { size: { html: gzipSync(body).length, js }, body: body.toString("utf8") };
}

test("the article (2,000 annotations), story report, ledger, article report and public page stay within their byte budgets", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await openAs(page, "editor");
  const api = page.request;
  const story = await (await api.post("/api/stories", { data: { title: `Budgets ${Date.now()}` } })).json();
  const text = readFileSync(path.join(process.cwd(), "prisma", "seed-data", "corpus", DEMO_ARTICLE), "utf8");
  const imported = await api.post(`/api/stories/${story.id}/articles`, { multipart: { title: "The demo article", format: "text", text } });
  expect(imported.status()).toBe(201);
  const article = await (await api.get(`/api/articles/${(await imported.json()).id}`)).json();
  for (const id of await annotate(article.id, article.text)) {
    const approved = await api.post(`/api/annotations/${id}/review`, { data: { action: "APPROVE", version: 1, verdict: { kind: "CLAIM", rating: "MOSTLY_TRUE" } } });
    expect(approved.status(), await approved.text()).toBe(200);
  }
  const { basedOn } = await (await api.get(`/api/reports/story/${story.id}/publications/preview`)).json();
  const published = await api.post(`/api/reports/story/${story.id}/publications`, { data: { basedOn } });
  expect(published.status()).toBe(201);
  const publicPath = `/p/${encodeURIComponent((await published.json()).slug)}`;

  const loaded = async () => {};
  const articlePage = await weigh(page, `/articles/${article.id}`, async (p) => {
    // Its annotations have arrived (the list counts them): the page has loaded all it loads at first.
    await expect(p.getByRole("heading", { name: `Annotations (${ANNOTATIONS})` })).toBeVisible({ timeout: 30_000 });
  });
  // The text goes out twice: as HTML to read at once, and in the page's data for the editor. A
  // third copy (a server-rendered element handed to the editor as a prop) once made it three.
  expect(articlePage.body.split(ITS_WORDS).length - 1, "copies of the article's text in its page").toBe(2);
  const measured: Record<string, PageSize> = {
    article: articlePage.size,
    story: await weigh(page, `/stories/${story.id}/report`, loaded).then(({ size }) => size),
    ledger: await weigh(page, `/stories/${story.id}/ledger`, async (p) => {
      await expect(p.getByRole("heading", { level: 1 })).toBeVisible();
    }).then(({ size }) => size),
    report: await weigh(page, `/articles/${article.id}/report`, loaded).then(({ size }) => size),
    public: await weigh(await (await browser.newContext()).newPage(), publicPath, loaded).then(({ size }) => size),
  };
  // What to write into e2e/page-budgets.json when a page is meant to change (10 % above it).
  console.log(`Page sizes (gzip bytes): ${JSON.stringify(measured)}`);
  console.log(`Budgets from them: ${JSON.stringify(Object.fromEntries(Object.entries(measured).map(([name, size]) => [name, budgetFrom(size)])))}`);
  expect(overBudget(measured, budgets), "pages over their byte budgets").toEqual([]);
});

test("a page fetches no other page ahead until someone reaches for a link to it, and its scripts come gzipped, cached for a year", async ({ page }) => {
  const ahead: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"]) ahead.push(new URL(request.url()).pathname);
  });
  const scripts: { url: string; headers: Record<string, string> }[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.push({ url: response.url(), headers: response.headers() });
  });
  await openAs(page, "editor", "/");
  await page.waitForLoadState("networkidle");
  // The dashboard holds a dozen links to other pages (the header's, each story's articles): none fetched.
  expect(ahead).toEqual([]);

  const reached = page.waitForRequest((request) => Boolean(request.headers()["next-router-prefetch"]) && new URL(request.url()).pathname === "/my-work");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My work" }).hover();
  await reached;
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My work" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My work" })).toBeVisible();

  // Answered by the server from memory (lib/http/static-files.ts) with what Next.js would send.
  const chunk = scripts.find((script) => new URL(script.url).pathname.startsWith("/_next/static/chunks/"));
  expect(chunk, "a script of the app").toBeDefined();
  expect(chunk!.headers).toMatchObject({ "content-encoding": "gzip", "cache-control": "public, max-age=31536000, immutable", "x-content-type-options": "nosniff" });
  const again = await page.request.get(chunk!.url, { headers: { "if-none-match": chunk!.headers.etag } });
  expect(again.status()).toBe(304);
});
