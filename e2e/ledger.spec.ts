import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { selectText } from "./annotate-helpers";
import { DEMO, signIn, uniqueEmail } from "./helpers";

const corpus = (file: string) => readFileSync(path.join(process.cwd(), "prisma", "seed-data", "corpus", file));
const ARTICLES = [
  { file: "001_4f33b2191f1b4a36.txt", title: "Kerry meets Fabius", outlet: "Wire", figure: "tens of millions" },
  { file: "002_cad28695c3319e20.txt", title: "Obama reassures Hollande", outlet: "Bloomberg", figure: "70.3 million" },
  { file: "003_bfb5fe1d5446f174.txt", title: "Obama assures Hollande", outlet: "NBC", figure: "70.3 million" },
];

/** A story of its own with three outlets' articles, each with its version of the figure tagged. */
async function storyWithFigures(page: Page) {
  const story = `Ledger ${uniqueEmail("s").split("@")[0]}`;
  await page.getByText("New story").click();
  await page.getByLabel("Story title").fill(story);
  await page.getByRole("button", { name: "Create story" }).click();
  await expect(page.getByRole("region", { name: story })).toBeVisible();
  for (const article of ARTICLES) {
    await page.goto("/");
    await page.getByRole("region", { name: story }).getByRole("link", { name: "Import an article" }).click();
    await page.getByLabel("Title", { exact: true }).fill(article.title);
    await page.getByLabel("Outlet").fill(article.outlet);
    await page.getByLabel("File (.txt, .md or .html, up to 2 MB)").setInputFiles({ name: "a.txt", mimeType: "text/plain", buffer: corpus(article.file) });
    await page.getByRole("button", { name: "Import article" }).click();
    await expect(page.getByRole("heading", { level: 1, name: article.title })).toBeVisible();
    await expect(page.locator("[data-editor-ready] .ProseMirror")).toBeVisible();
    await selectText(page, article.figure);
    await page.getByRole("toolbar", { name: "Tag the selected text" }).getByRole("button", { name: "Figure" }).click();
    await expect(page.getByRole("region", { name: new RegExp(`“${article.figure}”`) })).toBeVisible();
  }
  return story;
}

test("the ledger proposes the fact three outlets report, a person confirms it, it marks rounding, and a move reaches a second browser live and the report", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.editor);
  await storyWithFigures(page);
  await page.getByRole("link", { name: "Story ledger" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Ledger of/ })).toBeVisible();

  const proposal = page.getByRole("region", { name: /^Proposed facts/ }).getByRole("listitem", { name: /^Proposed fact:/ });
  await expect(proposal).toHaveCount(1);
  for (const outlet of ["Wire", "Bloomberg", "NBC"]) await expect(proposal).toContainText(`${outlet}:`);
  await proposal.getByRole("button", { name: "Edit" }).click();
  await proposal.getByLabel("Label").fill("French phone records in 30 days");
  await proposal.getByRole("button", { name: "Accept" }).click();

  const row = page.getByRole("row", { name: "French phone records in 30 days" });
  await expect(row).toBeVisible();
  await expect(row.getByRole("cell").nth(0)).toContainText("Rounding");
  await expect(row.getByRole("link", { name: /^70,300,000 recordings/ })).toBeVisible();
  await expect(row.getByRole("link", { name: /^70,300,000 pieces of French telephone data/ })).toBeVisible();
  await expect(page.getByRole("region", { name: /^Proposed facts/ })).toHaveCount(0);

  const other = await (await browser.newContext()).newPage();
  await signIn(other, DEMO.annotator);
  await other.goto(page.url());
  await expect(other.getByRole("status", { name: "Live updates: Live" })).toBeVisible();
  await expect(other.getByRole("row", { name: "French phone records in 30 days" })).toBeVisible();

  await row.getByRole("button", { name: "Move “tens of millions”…" }).click();
  await row.getByLabel("Move “tens of millions” to another fact").selectOption({ label: "A new fact" });
  await expect(page.getByRole("row", { name: "French phone records in 30 days (split)" })).toBeVisible();
  await expect(other.getByRole("row", { name: "French phone records in 30 days (split)" })).toBeVisible();
  await expect(other.getByRole("row", { name: "French phone records in 30 days" }).getByRole("cell").nth(0)).toContainText("Agree");
  await other.context().close();

  const storyId = new URL(page.url()).pathname.split("/")[2];
  const markdown = await (await page.request.get(`/api/reports/story/${storyId}?format=md&scope=all`)).text();
  expect(markdown).toContain("## Ledger");
  expect(markdown).toContain("### French phone records in 30 days: agree");
  expect(markdown).toContain("Bloomberg: 70,300,000 recordings");
});

test("the ledger API refuses what it cannot do, with a message", async ({ page }) => {
  expect((await page.request.get("/api/stories/anything/ledger")).status()).toBe(401);
  await signIn(page, DEMO.editor);
  const origin = { origin: new URL(page.url()).origin };
  expect((await page.request.get("/api/stories/no-such-story/ledger")).status()).toBe(404);
  const unknown = await page.request.patch("/api/facts/no-such-fact", { data: { version: 1, label: "x" }, headers: origin });
  expect(unknown.status()).toBe(404);
  const empty = await page.request.post("/api/stories/no-such-story/facts", { data: { label: "", annotationIds: [] }, headers: origin });
  expect(empty.status()).toBe(400);
  expect((await empty.json()).error).toMatch(/label/i);
});
