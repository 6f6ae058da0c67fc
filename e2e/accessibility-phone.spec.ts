import { devices, type Browser, type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { articleReady } from "./annotate-helpers";
import { HOLLANDE, demoCopy } from "./demo-articles";
import { apiAs, roleState, type Role } from "./helpers";

/**
 * On a phone, by touch: an annotator tags words and submits them, an editor approves them with a
 * verdict. Nothing on the way scrolls the page sideways, and the panel of the annotation just
 * tagged comes into view below the text.
 */

const CLAIM = "raise legitimate questions for our friends and allies";
const phone = devices["Pixel 7"];

async function phoneAs(browser: Browser, role: Role): Promise<Page> {
  const context = await browser.newContext({ ...phone, storageState: roleState(role) });
  return context.newPage();
}

const scrollsSideways = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth > window.innerWidth);

/**
 * Selects `words` in the article as a phone does after a long press and a drag of the selection's
 * handles: a tap puts the caret in the text, then the browser's selection covers the words.
 * Playwright cannot drag the handles of a touch selection, so the selection is set through the
 * Selection API, which is what the handles change; the product sees an ordinary selection change.
 */
async function touchSelect(page: Page, words: string) {
  const text = page.getByRole("textbox", { name: "Article text", exact: true });
  const paragraph = text.getByText(words, { exact: false });
  await paragraph.tap();
  await paragraph.evaluate((element, quote) => {
    const node = [...element.childNodes].find((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.includes(quote)) as Text;
    const start = node.data.indexOf(quote);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + quote.length);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, words);
}

test("on a phone an annotator tags words by touch and submits them; an editor approves them with a verdict; no page scrolls sideways", async ({ browser, playwright }) => {
  test.setTimeout(90_000);
  const editorApi = await apiAs(playwright, "editor");
  const copy = await demoCopy(editorApi, [HOLLANDE], "Phone");
  const article = copy.articles[HOLLANDE];

  const annotator = await phoneAs(browser, "annotator");
  await annotator.goto(`/articles/${article.id}`);
  await articleReady(annotator, HOLLANDE);
  expect(await scrollsSideways(annotator)).toBe(false);
  await touchSelect(annotator, CLAIM);
  const toolbar = annotator.getByRole("toolbar", { name: "Tag the selected text" });
  await expect(toolbar).toBeInViewport();
  await toolbar.getByRole("button", { name: "Claim" }).tap();
  const panel = annotator.getByRole("region", { name: new RegExp(`Claim “${CLAIM}”`) });
  // Below the text on a phone: it is brought into view rather than left a long scroll away.
  await expect(panel.getByRole("heading", { name: new RegExp(CLAIM) })).toBeInViewport();
  await panel.getByRole("button", { name: "Submit for review…" }).tap();
  await panel.getByRole("button", { name: "Confirm: submit for review" }).tap();
  await expect(panel.getByText("Status: Submitted")).toBeVisible();
  expect(await scrollsSideways(annotator)).toBe(false);
  await annotator.context().close();

  const editor = await phoneAs(browser, "editor");
  await editor.goto("/review");
  expect(await scrollsSideways(editor)).toBe(false);
  await editor.getByRole("table", { name: "Waiting for review" }).getByRole("link", { name: new RegExp(CLAIM) }).tap();
  await articleReady(editor, HOLLANDE);
  const review = editor.getByRole("region", { name: new RegExp(`Claim “${CLAIM}”`) });
  await expect(review.getByRole("heading", { name: new RegExp(CLAIM) })).toBeInViewport();
  await review.getByRole("button", { name: "Approve…" }).tap();
  await review.getByLabel("Rating").selectOption({ label: "Mostly true" });
  await review.getByRole("button", { name: "Confirm: approve" }).tap();
  await expect(review.getByText("Status: Approved")).toBeVisible();
  await expect(review.getByText("Verdict: Mostly true")).toBeVisible();
  expect(await scrollsSideways(editor)).toBe(false);
  await editor.context().close();
  await editorApi.dispose();
});
