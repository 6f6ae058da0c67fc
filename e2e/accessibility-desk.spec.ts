import { type APIRequestContext, type Page, type PlaywrightWorkerArgs } from "@playwright/test";
import { expect, test } from "./fixtures";
import { Audit } from "./accessibility-audit";
import { articleReady } from "./annotate-helpers";
import { DEMO_TITLES, HOLLANDE, demoCopy } from "./demo-articles";
import { apiAs, openAs } from "./helpers";

/**
 * WCAG 2.2 AA on the article's pages as an editor sees them, in the states that matter (a panel
 * open, a review form, suggestions shown, the shortcuts dialog, the ledger's charts drawn), in the
 * light and the dark theme, and at 320 px and 200 % zoom without sideways scrolling. Visited in
 * sequence in one browser, on a story of the test's own made through the API; a state of a page
 * already checked whole is checked in the part that changed. The other pages are in
 * accessibility-pages.spec.ts and accessibility-public.spec.ts, which run beside this one.
 */

const SECOND = DEMO_TITLES[2];
const FIGURE = "70.3 million";

async function tag(api: APIRequestContext, article: { id: string; text: string }, kind: string, words: string) {
  const start = article.text.indexOf(words);
  expect(start, words).toBeGreaterThanOrEqual(0);
  const made = await api.post(`/api/articles/${article.id}/annotations`, { data: { kind, start, end: start + words.length, exact: words } });
  expect(made.status(), await made.text()).toBe(201);
  return (await made.json()) as { id: string; version: number };
}

/** The article's text with one word changed, as the editor's correction sends it. */
async function correct(api: APIRequestContext, articleId: string, from: string, to: string) {
  const article = await (await api.get(`/api/articles/${articleId}`)).json();
  const paragraphs = (article.text as string).replace(from, to).split(/\n+/).filter((p) => p.trim());
  const content = { type: "doc", content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) };
  const saved = await api.put(`/api/articles/${articleId}/text`, { data: { baseVersion: article.version, content } });
  expect(saved.status(), await saved.text()).toBe(200);
}

async function openItem(page: Page, quote: RegExp) {
  await page.getByRole("list", { name: "Annotations in document order" }).getByRole("button", { name: quote }).click();
  const panel = page.getByRole("region", { name: quote });
  await expect(panel).toBeVisible();
  return panel;
}

/** A story of the test's own: two demo articles, a claim submitted for review, a figure in each, a denial, and a corrected text (version 2). */
async function deskStory(playwright: PlaywrightWorkerArgs["playwright"]) {
  const editor = await apiAs(playwright, "editor");
  const annotator = await apiAs(playwright, "annotator");
  const copy = await demoCopy(editor, [HOLLANDE, SECOND], "Accessible");
  const hollande = copy.articles[HOLLANDE];
  const claim = await tag(annotator, hollande, "CLAIM", "some of which have distorted our activities");
  await tag(annotator, hollande, "FIGURE", FIGURE);
  await tag(annotator, copy.articles[SECOND], "FIGURE", FIGURE);
  await tag(annotator, hollande, "DENIAL", "distorted");
  const submitted = await annotator.post(`/api/annotations/${claim.id}/review`, { data: { action: "SUBMIT", version: claim.version } });
  expect(submitted.ok(), await submitted.text()).toBe(true);
  await correct(editor, hollande.id, "shocking", "deeply shocking");
  await editor.dispose();
  await annotator.dispose();
  return { storyId: copy.storyId, hollande };
}

test("the article page in every state an editor uses meets WCAG 2.2 AA in both themes and reflows to 320 px", async ({ page, playwright }, testInfo) => {
  test.setTimeout(300_000);
  const { hollande } = await deskStory(playwright);
  const audit = new Audit(testInfo);

  await openAs(page, "editor", `/articles/${hollande.id}`);
  await articleReady(page, HOLLANDE);
  await audit.check(page, "article", { reflow: true });
  const panel = await openItem(page, /some of which have distorted our activities/);
  await audit.check(page, "article-panel", { reflow: true, within: ".workspace-side" });
  await panel.getByRole("button", { name: "Approve…" }).click();
  await expect(panel.getByRole("button", { name: "Confirm: approve" })).toBeVisible();
  await audit.check(page, "article-approve", { within: ".annotation-panel" });
  await panel.getByRole("button", { name: "Add source" }).click();
  await expect(panel.getByLabel("Source URL")).toBeVisible();
  await audit.check(page, "article-source-form", { within: ".annotation-panel" });
  await page.getByRole("checkbox", { name: "Suggestions" }).check();
  await expect(page.getByRole("region", { name: /^Suggestions \(\d+\)$/ }).getByRole("button", { name: /^Accept suggestion/ }).first()).toBeVisible();
  await audit.check(page, "article-suggestions", { within: ".suggestion-list" });
  await page.keyboard.press("Escape");
  // From the page, not from a field (keys typed into a field are text): the help lists every shortcut.
  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await audit.check(page, "article-shortcuts-dialog", { within: "dialog" });
  await page.keyboard.press("Escape");
  audit.finish();
});

test("an article's versions, history, correction and report, and the story's ledger with its charts, meet WCAG 2.2 AA in both themes and reflow to 320 px", async ({ page, playwright }, testInfo) => {
  test.setTimeout(300_000);
  const { storyId, hollande } = await deskStory(playwright);
  const audit = new Audit(testInfo);
  await openAs(page, "editor", "/account");
  for (const [name, address, heading] of [
    ["versions", `/articles/${hollande.id}/versions`, /^Versions of/],
    ["article-history", `/articles/${hollande.id}/history`, /^History of/],
    ["article-edit", `/articles/${hollande.id}/edit`, /^Correct/],
    ["article-report", `/articles/${hollande.id}/report`, /^Verification report/],
  ] as const) {
    await page.goto(address);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await audit.check(page, name, { reflow: true });
  }

  await page.goto(`/stories/${storyId}/ledger`);
  const proposal = page.getByRole("listitem", { name: /^Proposed fact:/ }).filter({ hasText: FIGURE });
  await proposal.getByRole("button", { name: "Accept" }).click();
  await page.getByText("Charts: each article's value on one axis").click();
  await expect(page.locator(".fact-chart").first()).toBeVisible();
  await audit.check(page, "ledger", { reflow: true });

  audit.finish();
});
