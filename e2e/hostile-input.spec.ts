import pg from "pg";
import { type PlaywrightWorkerArgs } from "@playwright/test";
import { expect, test } from "./fixtures";
import { deeplyNested, FORMULAS, HOSTILE_URLS, INVALID_UTF8, KITCHEN_SINK, PROTOTYPE_KEYS, SHORT_SINK, TEXT_PAYLOADS, UNSTORABLE, WRONG_TYPES } from "../tests/hostile/corpus";
import { formulaCells, runnableInHtml, runnableInMarkdown } from "../tests/hostile/inspect";
import { discoverRoutes } from "./api-routes";
import { DEMO, DEMO_PASSWORD, signIn, signInApi, uniqueEmail } from "./helpers";
import { annotate, importArticle, WRITE_ROUTES, type Caller, type World } from "./hostile-routes";
import { ownDesk, type OwnDesk } from "./own-desk";
import { plainHttp } from "./plain-http";

/**
 * Hostile input (tests/hostile/corpus.ts) sent to every write route under app/api, found from the
 * file tree. Each request gets a 4xx with a message a person can read, and then has written
 * nothing, or it is stored; whatever was stored is then shown escaped on every page that shows
 * it, in every export, and runs nothing in a browser.
 *
 * Its checks count every row of the desk and it changes the desk's settings and makes admins, so
 * it works on a desk of its own (e2e/own-desk.ts): other specs run meanwhile, on theirs.
 */

const PASSWORD = "a long hostile-test password";

/**
 * The desk's fingerprint as the last refused request left it, while no request has been sent
 * since (null once one is): the next request starts from it. Nothing but these callers writes to
 * this desk (background archiving records only what the fingerprint leaves out), so this spares a
 * second count of every table for each of the thousands of refusals in a row.
 */
let settled: string | null = null;

/** Thousands of requests one after another: plain HTTP over one kept-alive connection. */
const http = plainHttp(1);

async function caller(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string, email: string, password = DEMO_PASSWORD): Promise<Caller> {
  settled = null;
  const context = await playwright.request.newContext({ baseURL });
  expect((await signInApi(context, email, password)).ok(), email).toBe(true);
  const cookie = (await context.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  await context.dispose();
  const send = async (method: string, path: string, body?: string | Uint8Array | FormData, contentType?: string) => {
    settled = null;
    const headers: Record<string, string> = { cookie };
    if (contentType) headers["content-type"] = contentType;
    const { status, text } = await http.send(`${baseURL}${path}`, { method, headers, body });
    return { status, text };
  };
  const session = await (await fetch(`${baseURL}/api/auth/session`, { headers: { cookie } })).json();
  return {
    id: session.user.id,
    send,
    async json(method, path, body) {
      const response = await send(method, path, body === undefined ? undefined : JSON.stringify(body), body === undefined ? undefined : "application/json");
      expect(response.status, `${method} ${path}: ${response.text}`).toBeLessThan(300);
      return JSON.parse(response.text || "{}");
    },
  };
}

/** Everything a write leaves behind, but the write allowance's own counter and the background archiving. */
const FINGERPRINT = `SELECT (SELECT count(*) FROM "Activity" WHERE action NOT IN ('source.archived', 'source.checked'))::text || '/' ||
  (SELECT count(*) FROM "Annotation")::text || '/' || (SELECT count(*) FROM "Comment")::text || '/' || (SELECT count(*) FROM "Source")::text || '/' ||
  (SELECT count(*) FROM "Story")::text || '/' || (SELECT count(*) FROM "Article")::text || '/' || (SELECT count(*) FROM "CheckedClaim")::text || '/' || (SELECT count(*) FROM "ClaimLink")::text || '/' || (SELECT count(*) FROM "User")::text || '/' ||
  (SELECT coalesce(max("updatedAt"), 'epoch')::text FROM "Annotation") || (SELECT coalesce(max("updatedAt"), 'epoch')::text FROM "User") AS print`;

let desk: OwnDesk;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  desk = await ownDesk();
});
test.afterAll(async () => {
  http.close();
  await desk?.close();
});

test("hostile input to every write route gets a 4xx with a message or is stored harmlessly, and shows escaped everywhere", async ({ playwright, browser }) => {
  // Thousands of requests one after another: minutes on a busy machine, while other specs run beside it.
  test.setTimeout(360_000);
  const baseURL = desk.baseURL;
  const db = new pg.Client({ connectionString: desk.databaseUrl });
  await db.connect();
  const fingerprint = async () => (await db.query<{ print: string }>(FINGERPRINT)).rows[0].print;
  const admin = await caller(playwright, baseURL, DEMO.admin);
  const editor = await caller(playwright, baseURL, DEMO.editor);

  const routes = discoverRoutes().filter((route) => route.method !== "GET");
  const missing = routes.map((r) => `${r.method} ${r.pattern}`).filter((key) => !WRITE_ROUTES[key]);
  expect(missing, "write routes without a hostile-input case in e2e/hostile-routes.ts").toEqual([]);

  const { id: storyId } = await editor.json<{ id: string }>("POST", "/api/stories", { title: `Hostile input ${uniqueEmail("s")}` });
  const imported = await importArticle(editor, storyId, "Hostile article");
  const article = await editor.json<{ id: string; text: string }>("GET", `/api/articles/${imported.id}`);
  const world: World = { storyId, article, editor };

  const problems: string[] = [];
  const stored: string[] = [];
  /** One request; checks the answer and, for a refusal, that nothing was written. */
  const attempt = async (as: Caller, label: string, method: string, path: string, body: string | Uint8Array | FormData | undefined, contentType?: string): Promise<number> => {
    const before = settled ?? (await fingerprint());
    const { status, text } = await as.send(method, path, body, contentType);
    if (status >= 500) problems.push(`${label}: ${status} ${text.slice(0, 200)}`);
    if (status >= 400) {
      let message = "";
      try {
        message = JSON.parse(text).error ?? "";
      } catch {
        message = "";
      }
      if (!message || /\bat \S+:\d+|node_modules|\.tsx?:\d/.test(text)) problems.push(`${label}: ${status} without a readable message: ${text.slice(0, 160)}`);
      const after = await fingerprint();
      if (after !== before) problems.push(`${label}: refused with ${status} yet wrote something (${before} → ${after})`);
      settled = after;
    }
    return status;
  };
  const asForm = (body: Record<string, unknown>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(body)) data.set(key, typeof value === "string" ? value : JSON.stringify(value));
    return data;
  };

  for (const route of routes) {
    const key = `${route.method} ${route.pattern}`;
    const spec = WRITE_ROUTES[key];
    // Each route is tried by an admin of its own, who made what the route acts on: every request
    // counts against one person's write allowance, and no route's cases starve another's.
    const email = uniqueEmail("hostile");
    await admin.json("POST", "/api/users", { email, name: "Hostile Tester", role: "ADMIN", password: PASSWORD });
    const as = await caller(playwright, baseURL, email, PASSWORD);
    const prepared = await spec.prepare(as, world);
    const send = async (label: string, body: Record<string, unknown>) => {
      const payload = prepared.multipart ? asForm(body) : JSON.stringify(body);
      return attempt(as, `${key} ${label}`, route.method, prepared.path, payload, prepared.multipart ? undefined : "application/json");
    };
    // A route's valid body, made anew only once the last request may have written something: a
    // refused one wrote nothing (each refusal is checked for that), so what the body names (a fresh
    // annotation, the version it is at) is still as it was.
    let made: Record<string, unknown> | undefined;
    const base = async () => {
      if (made === undefined || settled === null) made = prepared.body ? await prepared.body() : {};
      return made;
    };

    // Structure: JSON that is broken, not an object, too large, too deep, shaped to pollute prototypes.
    if (!prepared.multipart) {
      for (const [label, raw] of [
        ["broken JSON", '{"a": '],
        ["a JSON array", "[]"],
        ["a JSON string", '"text"'],
        ["JSON null", "null"],
        ["a body over 1 MB", JSON.stringify({ note: "x".repeat(1_100_000) })],
        ["JSON nested 100,000 deep", `{"note": ${deeplyNested(100_000)}}`],
      ] as const) {
        // Read first even when unused: a route's address may depend on it (a review needs a fresh annotation each time).
        await base();
        await attempt(as, `${key} ${label}`, route.method, prepared.path, raw, "application/json");
      }
      for (const keyText of PROTOTYPE_KEYS) {
        const valid = JSON.stringify(await base());
        await attempt(as, `${key} ${keyText.slice(0, 12)}`, route.method, prepared.path, valid.replace(/^\{/, `{${keyText}${valid === "{}" ? "" : ","}`), "application/json");
      }
      const valid = JSON.stringify(await base());
      const bytes = Buffer.concat([Buffer.from(valid.replace(/^\{/, '{"bad": "')), INVALID_UTF8, Buffer.from(valid === "{}" ? '"}' : '", ' + valid.slice(1))]);
      await attempt(as, `${key} bytes that are not UTF-8`, route.method, prepared.path, bytes, "application/json");
    }
    if (prepared.body) {
      await send("an unknown field", { ...(await base()), unexpectedField: "x" });
      for (const field of Object.keys(await base())) {
        for (const wrong of WRONG_TYPES) await send(`${field} = ${JSON.stringify(wrong)}`, { ...(await base()), [field]: wrong });
        for (const bad of UNSTORABLE) {
          const status = await send(`${field} holding ${JSON.stringify(bad)}`, { ...(await base()), [field]: bad });
          if (!prepared.multipart && status < 400) problems.push(`${key} ${field}: text no database can hold was accepted (${status})`);
        }
      }
    }

    // Fields people read or follow: every payload alone, then all of them at once.
    for (const field of spec.fields ?? []) {
      const put = (body: Record<string, unknown>, value: string) => (field.set ?? ((b: Record<string, unknown>, v: string) => ({ ...b, [field.name]: v })))(body, value);
      if (field.kind === "url") {
        for (const url of HOSTILE_URLS) {
          const status = await send(`${field.name} = ${JSON.stringify(url)}`, put(await base(), url));
          if (status < 400) problems.push(`${key}: ${field.name} ${JSON.stringify(url)} was accepted (${status})`);
        }
        continue;
      }
      for (const payload of [...TEXT_PAYLOADS, KITCHEN_SINK]) {
        const status = await send(`${field.name} = ${JSON.stringify(payload.slice(0, 30))}`, put(await base(), payload));
        if (status < 300) stored.push(`${key} ${field.name}`);
      }
    }
  }

  // Nothing stored that could run: notes are sanitized HTML, addresses are http(s) without credentials.
  const runnableNotes = await db.query(`SELECT id FROM "Annotation" WHERE note ~* '<(script|iframe|svg|style|math|object|embed)|\\son[a-z]+\\s*=|(href|src)\\s*=\\s*["'']?\\s*(javascript|data|vbscript):'`);
  expect(runnableNotes.rows, "notes stored with markup that runs").toEqual([]);
  const links = await db.query(`SELECT url FROM "Source" WHERE url IS NOT NULL AND (url !~ '^https?://' OR url ~ '^https?://[^/]*@') UNION ALL SELECT url FROM "Article" WHERE url IS NOT NULL AND url !~ '^https?://'`);
  expect(links.rows, "addresses stored that are not plain http(s)").toEqual([]);
  expect(stored.length, "payloads stored (so the pages below have something to show)").toBeGreaterThan(100);

  // Something to publish: an approved claim whose note and source carry every payload.
  const claim = await annotate(editor, world, "CLAIM", "The White House said the reports had distorted the agency's activities");
  await editor.json("PATCH", `/api/annotations/${claim.id}`, { version: claim.version, note: KITCHEN_SINK });
  const withSource = await editor.json("POST", `/api/annotations/${claim.id}/sources`, { url: "https://news.example/hostile-source", relation: "SUPPORTS", title: SHORT_SINK, publisher: FORMULAS[0], excerpt: SHORT_SINK });
  const submitted = await editor.json("POST", `/api/annotations/${claim.id}/review`, { action: "SUBMIT", version: withSource.version });
  await admin.json("POST", `/api/annotations/${claim.id}/review`, { action: "APPROVE", version: submitted.version, verdict: { kind: "CLAIM", rating: "MISLEADING" }, comment: KITCHEN_SINK });
  const { basedOn } = await editor.json<{ basedOn: string }>("GET", `/api/reports/story/${storyId}/publications/preview`);
  await editor.json("POST", `/api/reports/story/${storyId}/publications`, { basedOn, note: SHORT_SINK });
  const { publications } = await editor.json<{ publications: { slug: string; withdrawnAt: string | null }[] }>("GET", `/api/reports/story/${storyId}/publications`);
  const slug = publications[0].slug;

  // Every page that shows what was stored, as the server renders it, and every export.
  const pages = ["/", `/articles/${article.id}`, `/articles/${article.id}/report`, `/articles/${article.id}/history`, `/stories/${storyId}/report`, `/stories/${storyId}/ledger`, `/stories/${storyId}/history`, "/admin/users", "/admin/settings", "/review", "/my-work", "/inbox", `/p/${slug}`, `/p/${slug}/claims/1/embed`];
  for (const path of pages) {
    const { status, text } = await editor.send("GET", path);
    expect(status, path).toBe(200);
    problems.push(...runnableInHtml(text, path));
  }
  for (const path of [`/articles/${article.id}`, `/stories/${storyId}/report`, `/p/${slug}`]) {
    const { text } = await editor.send("GET", path);
    expect(text, `${path} shows the stored payloads (as text)`).toContain("window.__hostile");
  }
  // Keys like __proto__ were data at most: nothing anyone reads has picked up their properties.
  for (const path of ["/api/people", `/api/articles/${article.id}/annotations`, "/api/stories"]) expect((await editor.send("GET", path)).text, path).not.toContain("polluted");
  const feed = await editor.send("GET", "/p/feed.json");
  expect(() => JSON.parse(feed.text)).not.toThrow();
  for (const subject of [`article/${article.id}`, `story/${storyId}`]) {
    for (const format of ["md", "csv", "json", "w3c", "claimreview", "pdf"]) {
      const { status, text } = await editor.send("GET", `/api/reports/${subject}?format=${format}&scope=all`);
      expect(status, `${subject} ${format}`).toBe(200);
      const where = `${subject} ${format}`;
      if (format === "md") problems.push(...runnableInMarkdown(text, where));
      else if (format === "csv") problems.push(...formulaCells(text, where));
      else if (format === "pdf") expect(text.startsWith("%PDF-"), where).toBe(true);
      else expect(() => JSON.parse(text), where).not.toThrow();
    }
  }

  // In a real browser nothing runs either: signed in on the article, and signed out on the public page.
  const page = await (await browser.newContext({ baseURL })).newPage();
  await signIn(page, DEMO.editor);
  page.on("dialog", (dialog) => {
    problems.push(`a dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(`/articles/${article.id}?annotation=${claim.id}`);
  await expect(page.getByRole("region", { name: /Claim “The White House said/ })).toContainText("window.__hostile");
  expect(await page.evaluate(() => (window as unknown as { __hostile?: number }).__hostile)).toBeUndefined();
  await page.context().clearCookies();
  await page.goto(`/p/${slug}`);
  await expect(page.getByText("Misleading").first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __hostile?: number }).__hostile)).toBeUndefined();
  await page.context().close();
  await db.end();
  expect(problems, "hostile input that was not refused or shown harmlessly").toEqual([]);
});
