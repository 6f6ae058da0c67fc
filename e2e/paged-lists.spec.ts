import { expect, test } from "./fixtures";
import { DEMO, signIn, uniqueEmail } from "./helpers";

const BAD_CURSOR = "That page link is broken or out of date: start again from the first page.";

test("the dashboard shows a page of stories at a time: on to the next page and back to the first", async ({ page }) => {
  await signIn(page, DEMO.editor);
  // 21 stories of its own, a word in each title that no other story has: one page of 20, then one more.
  const word = uniqueEmail("paged").split("@")[0];
  const titles = Array.from({ length: 21 }, (_, i) => `Paged ${String(i).padStart(2, "0")} ${word}`);
  for (const title of titles) expect((await page.request.post("/api/stories", { data: { title } })).status()).toBe(201);
  const newestFirst = [...titles].reverse();

  await page.goto("/");
  await page.getByRole("searchbox", { name: "Find a story" }).fill(word);
  await page.getByRole("button", { name: "Search" }).click();
  const stories = page.getByRole("main").getByRole("heading", { level: 2, name: new RegExp(word) });
  await expect(stories).toHaveText(newestFirst.slice(0, 20));
  const pages = page.getByRole("navigation", { name: "Pages of stories" });
  await expect(pages.getByRole("link", { name: "First page" })).toHaveCount(0);

  await pages.getByRole("link", { name: "Next page" }).click();
  await expect(stories).toHaveText(newestFirst.slice(20));
  // The search holds across pages; the last page has no next one.
  await expect(page.getByRole("searchbox", { name: "Find a story" })).toHaveValue(word);
  await expect(pages.getByRole("link", { name: "Next page" })).toHaveCount(0);

  await pages.getByRole("link", { name: "First page" }).click();
  await expect(stories).toHaveText(newestFirst.slice(0, 20));
});

test("a story's own page lists its articles a page at a time", async ({ page }) => {
  await signIn(page, DEMO.editor);
  const title = `Three articles ${uniqueEmail("s").split("@")[0]}`;
  const story = await (await page.request.post("/api/stories", { data: { title } })).json();
  for (const n of [1, 2, 3]) {
    const imported = await page.request.post(`/api/stories/${story.id}/articles`, { multipart: { title: `Article ${n}`, format: "text", text: `Article number ${n} says the minister announced ${n * 10} new schools.` } });
    expect(imported.status()).toBe(201);
  }
  await page.goto(`/stories/${story.id}?limit=2`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const articles = page.getByRole("list", { name: `Articles in ${title}` }).getByRole("link");
  await expect(articles).toHaveText(["Article 1", "Article 2"]);
  await page.getByRole("navigation", { name: "Pages of articles" }).getByRole("link", { name: "Next page" }).click();
  await expect(articles).toHaveText(["Article 3"]);
  await articles.click();
  await expect(page.getByRole("heading", { level: 1, name: "Article 3" })).toBeVisible();
});

test("a broken page link says so and shows the first page; the API answers 400 with the reason", async ({ page }) => {
  await signIn(page, DEMO.editor);
  await page.goto("/?cursor=not-a-cursor");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(BAD_CURSOR);
  await expect(page.getByRole("heading", { level: 1, name: "Stories" })).toBeVisible();
  for (const path of ["/api/stories?cursor=not-a-cursor", "/api/review-queue?cursor=bm9wZQ", "/api/inbox?cursor=WyJ4Il0", "/api/my-work?changesCursor=x"]) {
    const answer = await page.request.get(path);
    expect(answer.status(), path).toBe(400);
    expect((await answer.json()).error, path).toContain(BAD_CURSOR);
  }
  const tooMany = await page.request.get("/api/stories?limit=500");
  expect(tooMany.status()).toBe(400);
  expect((await tooMany.json()).error).toContain("Ask for between 1 and 50 at a time.");
  // A page of the API holds at most its size, and says where the next one starts.
  const first = await (await page.request.get("/api/stories?limit=1")).json();
  expect(first.stories).toHaveLength(1);
  const second = await (await page.request.get(`/api/stories?limit=1&cursor=${encodeURIComponent(first.next)}`)).json();
  expect(second.stories[0].id).not.toBe(first.stories[0].id);
});
