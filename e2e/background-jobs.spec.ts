import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import pg from "pg";
import { newsPage, PHONE_DATA, startTestSite, type TestSite } from "../tests/test-site";
import { openAs, uniqueEmail } from "./helpers";

/**
 * The desk sees its background work: an admin reads the queue's state, nobody else does, and a
 * scheduled re-check that finds a cited page changed reaches its author's inbox.
 */
let site: TestSite;
test.beforeAll(async () => {
  site = await startTestSite();
});
test.afterAll(() => site.close());

/** The test database as its owner: to put a job in the queue as the app's own code would. */
async function withOwner<T>(work: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

test("an admin sees each kind of job with the last error of one that failed for good, the next re-check run and the live workers", async ({ page }) => {
  const key = `e2e-failed-${Date.now()}`;
  const error = `The page answered 503 (Service Unavailable) ${key}`;
  // An archive job out of attempts, as the queue leaves one: no worker takes it again.
  await withOwner(async (db) => {
    await db.query(`SELECT graphile_worker.add_job('archive-source', json_build_object('sourceId', $1::text, 'actorId', 'nobody'), run_at := now() + interval '1 day', max_attempts := 1, job_key := $1)`, [key]);
    await db.query(`UPDATE graphile_worker._private_jobs SET attempts = 1, last_error = $2 || E'\n    at fetchPage (capture-page.ts:1:1)', run_at = now() WHERE key = $1`, [key, error]);
  });
  try {
    await openAs(page, "admin");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Background work" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Background work" })).toBeVisible();

    const jobs = page.getByRole("region", { name: "Jobs" });
    const archive = jobs.getByRole("row", { name: /^First copies of cited pages/ });
    await expect(archive).toContainText(`Last error, just now: ${error}`);
    await expect(archive).not.toContainText("capture-page.ts");
    const failedColumn = await jobs.getByRole("columnheader").allTextContents();
    const failed = Number((await archive.getByRole("cell").nth(failedColumn.indexOf("Failed for good") - 1).textContent())!.match(/^\d+/)![0]);
    expect(failed).toBeGreaterThanOrEqual(1);
    for (const kind of ["Re-checks of cited pages", "Queuing the due re-checks", "Pruning old sign-in attempts and feed entries"]) await expect(jobs.getByRole("rowheader", { name: kind })).toBeVisible();

    await expect(page.getByRole("region", { name: "Re-checks of cited pages" })).toContainText(/The next run that queues them is (within a minute|in \d+ minutes?|in 1 hour)/);
    // Both of the tests' servers run a worker and say so in their heartbeat.
    expect(await page.getByRole("list", { name: "Instances running background work" }).getByRole("listitem").count()).toBeGreaterThanOrEqual(2);
    await expect(page.getByRole("link", { name: "Refresh the background work" })).toBeVisible();
  } finally {
    await withOwner((db) => db.query(`DELETE FROM graphile_worker._private_jobs WHERE key = $1`, [key]));
  }

});

for (const [who, role] of [["an annotator", "annotator"], ["an editor", "editor"]] as const) {
  test(`${who} is refused the background work page and is not offered it`, async ({ page }) => {
    await openAs(page, role);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Background work" })).toHaveCount(0);
    await page.goto("/admin/jobs");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Only admins see the state of the background work.");
    await expect(page.getByRole("region", { name: "Jobs" })).toHaveCount(0);
  });
}

async function citedSource(page: Page, address: string) {
  const text = [`Filed from ${address}.`, ...PHONE_DATA].join("\n\n");
  const { id: storyId } = await (await page.request.post("/api/stories", { data: { title: `Re-checks ${uniqueEmail("s").split("@")[0]}` } })).json();
  const made = await page.request.post(`/api/stories/${storyId}/articles`, { multipart: { title: "Phone data", outlet: "Wire", text, format: "text" } });
  expect(made.status()).toBe(201);
  const article: { id: string; text: string } = await (await page.request.get(`/api/articles/${(await made.json()).id}`)).json();
  const words = "70.3 million";
  const start = article.text.indexOf(words);
  const created = await page.request.post(`/api/articles/${article.id}/annotations`, { data: { kind: "FIGURE", start, end: start + words.length, exact: words } });
  expect(created.status()).toBe(201);
  const annotation: { id: string } = await created.json();
  const added = await page.request.post(`/api/annotations/${annotation.id}/sources`, { data: { url: `${site.origin}${address}`, relation: "SUPPORTS" } });
  expect(added.status()).toBe(201);
  const sourceId: string = (await added.json()).sources[0].id;
  // The server's worker takes the first copy.
  await expect
    .poll(async () => ((await (await page.request.get(`/api/annotations/${annotation.id}`)).json()).sources as { archive: { state: string } | null }[])[0].archive?.state, { timeout: 30_000 })
    .toBe("archived");
  return { article, annotation, sourceId };
}

test("a scheduled re-check that finds a cited page changed reaches the author's inbox with the source, the outcome and a link to the annotation, and is marked read", async ({ page }) => {
  const address = `/recheck-e2e-${Date.now()}`;
  site.setPage(address, newsPage("Ministry figures", PHONE_DATA));
  await openAs(page, "editor");
  const { article, annotation, sourceId } = await citedSource(page, address);

  site.setPage(address, newsPage("Ministry figures", ["Other words entirely now stand where the figure was."]));
  // The re-check the hourly run would queue for this source, due now: a server's worker runs it.
  await withOwner((db) =>
    db.query(`SELECT graphile_worker.add_job('recheck-source', json_build_object('sourceId', $1::text, 'queuedAt', $2::text), job_key := 'recheck:' || $1, max_attempts := 3)`, [sourceId, new Date().toISOString()]),
  );

  const entry = page.getByRole("region", { name: "Inbox" }).getByRole("listitem").filter({ hasText: "Ministry figures" });
  await expect(async () => {
    await page.goto("/inbox");
    await expect(entry).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(entry).toContainText("Unread: A scheduled check found a source changed on the figure “70.3 million” in Phone data");
  await expect(entry).toContainText("Ministry figures: The page's text changed since the archived copy.");
  await expect(entry.getByRole("link", { name: "Phone data" })).toHaveAttribute("href", `/articles/${article.id}?annotation=${annotation.id}`);
  await expect(entry.getByRole("link", { name: "Open the page" })).toHaveAttribute("href", `${site.origin}${address}`);

  await entry.getByRole("button", { name: "Mark as read" }).click();
  await expect(entry.getByRole("button", { name: "Mark as read" })).toHaveCount(0);
  await expect(entry).not.toContainText("Unread:");
  await page.reload();
  await expect(entry).toHaveCount(1);
  await expect(entry).not.toContainText("Unread:");
});
