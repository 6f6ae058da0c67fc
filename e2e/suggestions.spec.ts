import { readFileSync } from "node:fs";
import path from "node:path";
import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { HOLLANDE } from "./demo-articles";
import { openAs, pageAs, uniqueEmail } from "./helpers";

const CORPUS_FILE = path.join(process.cwd(), "prisma", "seed-data", "corpus", "003_bfb5fe1d5446f174.txt");
const FIGURE = "70.3 million pieces of French telephone data";

/** A story of its own with the Hollande article imported afresh, so no other test's annotation covers its suggestions. */
async function importHollande(page: Page) {
  const story = `Suggestions ${uniqueEmail("s").split("@")[0]}`;
  await page.getByText("New story").click();
  await page.getByLabel("Story title").fill(story);
  await page.getByRole("button", { name: "Create story" }).click();
  await page.getByRole("region", { name: story }).getByRole("link", { name: "Import an article" }).click();
  await page.getByLabel("Title", { exact: true }).fill(HOLLANDE);
  await page.getByLabel("File (.txt, .md or .html, up to 2 MB)").setInputFiles({ name: "hollande.txt", mimeType: "text/plain", buffer: readFileSync(CORPUS_FILE) });
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: HOLLANDE })).toBeVisible();
  await expect(page.locator("[data-editor-ready] .ProseMirror")).toBeVisible();
}

const suggestions = (page: Page) => page.getByRole("region", { name: /^Suggestions \(\d+\)$/ });

test("the first pass suggests a figure, accepted with the keyboard it becomes a draft figure with its value; a dismissal reaches another browser live and undo brings it back", async ({ page, browser }) => {
  await openAs(page, "editor");
  await importHollande(page);
  const list = suggestions(page);
  await expect(list.getByRole("button", { name: new RegExp(`^Accept suggestion “${FIGURE}”$`) })).toBeVisible();
  await expect(list.getByText("number with a unit · 70,300,000 pieces of French telephone data")).toBeVisible();

  // j moves through annotations and suggestions in the text's order; a accepts the open suggestion.
  const current = list.locator("li[aria-current='true']");
  for (let step = 0; step < 30; step += 1) {
    await page.keyboard.press("j");
    await expect(current).toHaveCount(1);
    if (((await current.textContent()) ?? "").includes(`“${FIGURE}”`)) break;
  }
  await expect(current).toContainText(`“${FIGURE}”`);
  await page.keyboard.press("a");

  const panel = page.getByRole("region", { name: new RegExp(`“${FIGURE}”`) });
  await expect(panel).toBeVisible();
  await expect(panel.getByLabel("Value", { exact: true })).toHaveValue("70300000");
  await expect(panel.getByLabel("What it counts")).toHaveValue("pieces of French telephone data");
  await expect(list.getByRole("button", { name: new RegExp(`^Accept suggestion “${FIGURE}”$`) })).toHaveCount(0);

  await page.reload();
  await expect(page.locator("[data-editor-ready] .ProseMirror")).toBeVisible();
  const item = page.getByRole("list", { name: "Annotations in document order" }).getByRole("button", { name: new RegExp(FIGURE) });
  await expect(item).toContainText("Figure");
  await expect(item).toContainText("Draft");
  await item.click();
  await expect(page.getByRole("region", { name: new RegExp(`“${FIGURE}”`) }).getByLabel("Value", { exact: true })).toHaveValue("70300000");
  await expect(suggestions(page).getByRole("button", { name: new RegExp(`^Accept suggestion “${FIGURE}”$`) })).toHaveCount(0);

  // A second person on the same article sees a dismissal without reloading, and the undo.
  const other = await pageAs(browser, "annotator");
  await other.goto(page.url());
  await expect(other.getByRole("status", { name: "Live updates: Live" })).toBeVisible();
  const dismiss = suggestions(page).getByRole("button", { name: /^Dismiss suggestion “some of which have distorted/ });
  const theirs = suggestions(other).getByRole("button", { name: /^Accept suggestion “some of which have distorted/ });
  await expect(theirs).toBeVisible();
  await dismiss.click();
  await expect(theirs).toHaveCount(0);
  await expect(suggestions(other).getByText("Dismissed (1)")).toBeVisible();
  await page.getByRole("status").filter({ hasText: "Dismissed the suggested denial" }).getByRole("button", { name: "Undo" }).click();
  await expect(theirs).toBeVisible();
  await expect(suggestions(page).getByRole("button", { name: /^Accept suggestion “some of which have distorted/ })).toBeVisible();

  // Hidden with the toggle, and still hidden after a reload.
  await suggestions(page).getByRole("checkbox", { name: "Suggestions" }).uncheck();
  await expect(suggestions(page).getByRole("button", { name: /^Accept suggestion/ })).toHaveCount(0);
  await page.reload();
  await expect(suggestions(page).getByRole("checkbox", { name: "Suggestions" })).not.toBeChecked();
  await suggestions(page).getByRole("checkbox", { name: "Suggestions" }).check();
  await other.context().close();
});

test("suggestions show how check-worthy they are and can be listed most check-worthy first", async ({ page }) => {
  await openAs(page, "editor");
  await importHollande(page);
  const list = suggestions(page);
  await expect(list.getByRole("button", { name: new RegExp(`^Accept suggestion “${FIGURE}”$`) })).toBeVisible();
  const scores = async () => (await list.locator(".suggestion-score").allTextContents()).map((text) => Number(/(\d+)%/.exec(text)?.[1]));
  const inText = await scores();
  expect(inText.length).toBeGreaterThan(3);
  expect(inText).not.toEqual([...inText].sort((a, b) => b - a));

  await list.getByLabel("Order").selectOption({ label: "Most check-worthy first" });
  await expect.poll(scores).toEqual([...inText].sort((a, b) => b - a));
  await list.getByLabel("Order").selectOption({ label: "In the text" });
  await expect.poll(scores).toEqual(inText);

  const ordered = await page.request.get(`/api/articles/${new URL(page.url()).pathname.split("/").pop()}/suggestions?order=score`);
  expect(ordered.status()).toBe(200);
  const badOrder = await page.request.get(`/api/articles/${new URL(page.url()).pathname.split("/").pop()}/suggestions?order=loudest`);
  expect(badOrder.status()).toBe(400);
  expect((await badOrder.json()).error).toMatch(/order/i);
});

test("the suggestions API answers bad requests with a clear message and writes nothing", async ({ page }) => {
  const anonymous = await page.request.get("/api/articles/anything/suggestions");
  expect(anonymous.status()).toBe(401);
  await openAs(page, "annotator");
  const unknown = await page.request.post("/api/suggestions/no-such-suggestion/dismiss", { headers: { origin: new URL(page.url()).origin } });
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error).toMatch(/suggestion/i);
  const missing = await page.request.get("/api/articles/no-such-article/suggestions");
  expect(missing.status()).toBe(404);
  const badKind = await page.request.post("/api/articles/no-such-article/suggestions/accept", { data: { kind: "OPINION" }, headers: { origin: new URL(page.url()).origin } });
  expect(badKind.status()).toBe(400);
  expect((await badKind.json()).error).toMatch(/kind/i);
});
