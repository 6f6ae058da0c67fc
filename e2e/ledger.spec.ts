import { readFileSync } from "node:fs";
import path from "node:path";
import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { openAs, pageAs, uniqueEmail } from "./helpers";

const corpus = (file: string) => readFileSync(path.join(process.cwd(), "prisma", "seed-data", "corpus", file));
const ARTICLES = [
  { file: "001_4f33b2191f1b4a36.txt", title: "Kerry meets Fabius", outlet: "Wire", figure: "tens of millions" },
  { file: "002_cad28695c3319e20.txt", title: "Obama reassures Hollande", outlet: "Bloomberg", figure: "70.3 million" },
  { file: "003_bfb5fe1d5446f174.txt", title: "Obama assures Hollande", outlet: "NBC", figure: "70.3 million" },
];

/** A story of its own with three outlets' articles, each with its version of the figure tagged, made through the API. */
async function storyWithFigures(page: Page) {
  const { id: storyId } = await (await page.request.post("/api/stories", { data: { title: `Ledger ${uniqueEmail("s").split("@")[0]}` } })).json();
  let last = "";
  for (const article of ARTICLES) {
    const made = await page.request.post(`/api/stories/${storyId}/articles`, { multipart: { title: article.title, outlet: article.outlet, text: corpus(article.file).toString("utf8"), format: "text" } });
    expect(made.status()).toBe(201);
    const { id, text } = await (await page.request.get(`/api/articles/${(await made.json()).id}`)).json();
    const start = (text as string).indexOf(article.figure);
    const tagged = await page.request.post(`/api/articles/${id}/annotations`, { data: { kind: "FIGURE", start, end: start + article.figure.length, exact: article.figure } });
    expect(tagged.status()).toBe(201);
    last = id;
  }
  return { storyId, last };
}

test("the ledger proposes the fact three outlets report, a person confirms it, it marks rounding, and a move reaches a second browser live and the report", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await openAs(page, "editor");
  const { last } = await storyWithFigures(page);
  await page.goto(`/articles/${last}`);
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
  // Accepted, but not public until an editor confirms it as it stands.
  await expect(row.getByRole("rowheader")).toContainText("Proposed: not published until an editor confirms it");
  await row.getByRole("button", { name: "Confirm “French phone records in 30 days” for publication" }).click();
  await expect(row.getByRole("rowheader")).toContainText("Confirmed by");
  await expect(row.getByRole("button", { name: /^Confirm/ })).toHaveCount(0);

  const other = await pageAs(browser, "annotator");
  await other.goto(page.url());
  await expect(other.getByRole("status", { name: "Live updates: Live" })).toBeVisible();
  await expect(other.getByRole("row", { name: "French phone records in 30 days" })).toBeVisible();

  await row.getByRole("button", { name: "Move “tens of millions”…" }).click();
  await row.getByLabel("Move “tens of millions” to another fact").selectOption({ label: "A new fact" });
  await expect(page.getByRole("row", { name: "French phone records in 30 days (split)" })).toBeVisible();
  await expect(other.getByRole("row", { name: "French phone records in 30 days (split)" })).toBeVisible();
  await expect(other.getByRole("row", { name: "French phone records in 30 days" }).getByRole("cell").nth(0)).toContainText("Agree");
  // An annotator sees the state in words and is offered no Confirm: a change took the fact back to proposed.
  await expect(other.getByRole("row", { name: "French phone records in 30 days", exact: true }).getByRole("rowheader")).toContainText("Proposed: changed since");
  await expect(other.getByRole("button", { name: /^Confirm/ })).toHaveCount(0);
  await other.context().close();

  const storyId = new URL(page.url()).pathname.split("/")[2];
  const markdown = await (await page.request.get(`/api/reports/story/${storyId}?format=md&scope=all`)).text();
  expect(markdown).toContain("## Ledger");
  expect(markdown).toContain("### French phone records in 30 days: agree");
  expect(markdown).toContain("Bloomberg: 70,300,000 recordings");

  // Merged back: the split fact's figure returns, and the vague figure makes it a rounding again.
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Merge another fact into “French phone records in 30 days”…" }).click();
  await page.getByLabel("Merge another fact into “French phone records in 30 days”").selectOption({ label: "French phone records in 30 days (split)" });
  await expect(page.getByRole("row", { name: "French phone records in 30 days (split)" })).toHaveCount(0);
  await expect(row.getByRole("cell").nth(0)).toContainText("Rounding");
});

test("the ledger API refuses what it cannot do, with a message", async ({ page }) => {
  expect((await page.request.get("/api/stories/anything/ledger")).status()).toBe(401);
  await openAs(page, "editor");
  const origin = { origin: new URL(page.url()).origin };
  expect((await page.request.get("/api/stories/no-such-story/ledger")).status()).toBe(404);
  const unknown = await page.request.patch("/api/facts/no-such-fact", { data: { version: 1, label: "x" }, headers: origin });
  expect(unknown.status()).toBe(404);
  const empty = await page.request.post("/api/stories/no-such-story/facts", { data: { label: "", annotationIds: [] }, headers: origin });
  expect(empty.status()).toBe(400);
  expect((await empty.json()).error).toMatch(/label/i);
});

/** A story of its own made through the API, with three outlets' short articles. */
async function storyThroughApi(page: Page, paragraphs: string[]) {
  const { id: storyId } = await (await page.request.post("/api/stories", { data: { title: `Claims ${uniqueEmail("s").split("@")[0]}` } })).json();
  const articles: { id: string; text: string }[] = [];
  for (const [i, text] of paragraphs.entries()) {
    const made = await page.request.post(`/api/stories/${storyId}/articles`, { multipart: { title: `Report ${i + 1}`, outlet: ["Wire", "Bloomberg", "NBC"][i], text, format: "text" } });
    expect(made.status()).toBe(201);
    articles.push(await (await page.request.get(`/api/articles/${(await made.json()).id}`)).json());
  }
  const tag = async (article: { id: string; text: string }, kind: string, words: string) => {
    const start = article.text.indexOf(words);
    const response = await page.request.post(`/api/articles/${article.id}/annotations`, { data: { kind, start, end: start + words.length, exact: words } });
    expect(response.status()).toBe(201);
  };
  return { storyId, articles, tag };
}

test("claims several outlets report are proposed with the denial that answers them, confirmed, and changed live; a figure tagged elsewhere reaches an open ledger", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await openAs(page, "editor");
  const { storyId, articles, tag } = await storyThroughApi(page, [
    "The United States is reviewing the way it gathers intelligence, the president said.",
    "Officials said the U.S. was reviewing how it gathers intelligence after 70 million calls were logged.",
    "A spokesman said reports that the U.S. is reviewing how it gathers intelligence were distorted. Le Monde counted 70.3 million calls.",
  ]);
  await tag(articles[0], "CLAIM", "The United States is reviewing the way it gathers intelligence");
  await tag(articles[1], "CLAIM", "the U.S. was reviewing how it gathers intelligence");
  await tag(articles[2], "DENIAL", "distorted");

  await page.goto(`/stories/${storyId}/ledger`);
  const proposal = page.getByRole("listitem", { name: /^Proposed fact:/ });
  await expect(proposal).toHaveCount(1);
  await expect(proposal).toContainText("Claim");
  await expect(proposal).toContainText("NBC: Denies: “distorted”");
  // Labelled by the shortest version of the claim until someone renames it.
  const label = "the U.S. was reviewing how it gathers intelligence";
  await expect(proposal.getByText(label, { exact: true })).toBeVisible();
  await proposal.getByRole("button", { name: "Accept" }).click();

  const claims = page.getByRole("region", { name: /^Claims/ });
  const row = claims.getByRole("row", { name: label });
  await expect(row.getByRole("cell").nth(0)).toContainText("Denied");
  await row.getByRole("link", { name: "Denies: “distorted”" }).focus();
  await expect(page.getByRole("tooltip")).toContainText("intelligence were distorted.");

  const other = await pageAs(browser, "annotator");
  await other.goto(page.url());
  await expect(other.getByRole("status", { name: "Live updates: Live" })).toBeVisible();
  const seen = other.getByRole("region", { name: /^Claims/ }).getByRole("row", { name: label });
  await expect(seen.getByRole("cell").nth(0)).toContainText("Denied");

  await row.getByRole("button", { name: "Take out “distorted” from this fact" }).click();
  await expect(seen.getByRole("cell").nth(0)).toContainText("Not denied");
  await row.getByLabel(`Link a denial to “${label}”`).selectOption({ label: "NBC: “distorted”" });
  await expect(seen.getByRole("cell").nth(0)).toContainText("Denied");

  // A figure tagged in another article, not by the ledger: the story's feed brings it to the open ledger.
  await tag(articles[1], "FIGURE", "70 million");
  await tag(articles[2], "FIGURE", "70.3 million");
  await expect(other.getByRole("listitem", { name: /^Proposed fact:/ })).toHaveCount(1);
  await expect(other.getByRole("listitem", { name: /^Proposed fact:/ })).toContainText("Bloomberg: 70,000,000 calls");
  await other.context().close();
});
