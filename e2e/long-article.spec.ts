import { expect, test } from "./fixtures";
import { highlighted } from "./annotate-helpers";
import { openAs } from "./helpers";

const KINDS = ["CLAIM", "FIGURE", "DENIAL"] as const;

test("a long annotation list grows as it scrolls, while every annotation is highlighted from the start", async ({ page }) => {
  await openAs(page, "editor");
  const api = page.request;
  const story = await (await api.post("/api/stories", { data: { title: `Long list ${Date.now()}` } })).json();
  const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1} says the agency kept ${i + 1}.5 million records.`);
  const imported = await api.post(`/api/stories/${story.id}/articles`, {
    multipart: { title: "A long article", format: "text", text: paragraphs.join("\n\n") },
  });
  expect(imported.status()).toBe(201);
  const article = await (await api.get(`/api/articles/${(await imported.json()).id}`)).json();
  for (let i = 0; i < 60; i++) {
    const exact = `${i + 1}.5 million`;
    const start = article.text.indexOf(` ${exact} `) + 1;
    const created = await api.post(`/api/articles/${article.id}/annotations`, { data: { kind: KINDS[i % 3], start, end: start + exact.length, exact } });
    expect(created.status()).toBe(201);
  }

  await page.goto(`/articles/${article.id}`);
  await expect.poll(async () => (await highlighted(page, "figure")).length).toBe(20);
  expect(await highlighted(page, "claim")).toHaveLength(20);
  await expect(page.getByRole("heading", { name: "Annotations (60)" })).toBeVisible();
  const items = page.getByRole("list", { name: "Annotations in document order" }).getByRole("listitem");
  // The first page, then the rest once the end of the list is scrolled into view.
  await expect(items).toHaveCount(40);
  await expect(items.first()).toContainText("1.5 million");
  await page.getByRole("button", { name: "Show 20 more of 20" }).scrollIntoViewIfNeeded();
  await expect(items).toHaveCount(60);
  await expect(items.last()).toContainText("60.5 million");
  await expect(page.getByRole("button", { name: /^Show \d+ more/ })).toHaveCount(0);

  // A filter lists every match.
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Denial" });
  await expect(items).toHaveCount(20);
  await expect(items.first()).toContainText("3.5 million");
});
