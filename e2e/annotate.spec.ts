import { type Page, type PlaywrightWorkerArgs } from "@playwright/test";
import { expect, test } from "./fixtures";
import { articleReady, clickWords, highlighted, openArticle, selectText } from "./annotate-helpers";
import { demoCopy, HOLLANDE, MAKE_CLEAR } from "./demo-articles";
import { apiAs, openAs, pageAs, type Role } from "./helpers";

/** A fresh copy of a demo article for this test alone, open in `page` as `role`. */
async function freshArticle(page: Page, playwright: PlaywrightWorkerArgs["playwright"], role: Role, title: string) {
  const editor = await apiAs(playwright, "editor");
  const { articles } = await demoCopy(editor, [title], "Annotate");
  await editor.dispose();
  await openAs(page, role, `/articles/${articles[title].id}`);
  await articleReady(page, title);
  return articles[title];
}

test("tag a figure, add a source, reload: it stays on the same words with its source", async ({ page, playwright }) => {
  await freshArticle(page, playwright, "annotator", HOLLANDE);

  await selectText(page, "70.3 million");
  await page.getByRole("toolbar", { name: "Tag the selected text" }).getByRole("button", { name: "Figure" }).click();
  const panel = page.getByRole("region", { name: /“70\.3 million”/ });
  await expect(panel).toBeVisible();
  await expect.poll(() => highlighted(page, "figure")).toEqual(["70.3 million"]);
  await expect.poll(() => highlighted(page, "selected")).toEqual(["70.3 million"]);

  await panel.getByRole("button", { name: "Add source" }).click();
  await panel.getByLabel("Source URL").fill("https://www.lemonde.fr/technologies/article/2013/10/21/france-in-the-nsa-s-crosshair");
  await panel.getByLabel("Source title").fill("France in the NSA's crosshair");
  await panel.getByLabel("Publisher").fill("Le Monde");
  await panel.getByLabel("Relation").selectOption({ label: "Supports" });
  await panel.getByLabel("Accessed").fill("2013-10-22");
  await panel.getByRole("button", { name: "Add this source" }).click();
  await expect(panel.getByRole("link", { name: "France in the NSA's crosshair" })).toBeVisible();

  await page.reload();
  await expect(page.locator("[data-editor-ready] .ProseMirror")).toBeVisible();
  await expect.poll(() => highlighted(page, "figure")).toEqual(["70.3 million"]);
  const item = page.getByRole("list", { name: "Annotations in document order" }).getByRole("button", { name: /70\.3 million/ });
  await expect(item).toContainText("Figure");
  await expect(item).toContainText("1 source");
  await item.click();
  const reopened = page.getByRole("region", { name: /“70\.3 million”/ });
  await expect(reopened.getByRole("link", { name: "France in the NSA's crosshair" })).toHaveAttribute("href", /lemonde\.fr/);
  await expect(reopened.getByText("accessed 2013-10-22")).toBeVisible();
});

test("a span across two paragraphs, tagged with the keyboard, then deleted and undone", async ({ page, playwright }) => {
  await freshArticle(page, playwright, "editor", HOLLANDE);

  await selectText(page, "French interior minister", "some of which have distorted our activities");
  await page.keyboard.press("c");
  const panel = page.getByRole("region", { name: /French interior minister/ });
  await expect(panel.getByRole("radio", { name: "Claim" })).toBeChecked();
  // One annotation, shown in both paragraphs.
  const acrossParagraphs = [expect.stringMatching(/^French interior minister.*\n.*some of which have distorted our activities$/s)];
  await expect.poll(() => highlighted(page, "claim")).toEqual(acrossParagraphs);

  await panel.getByRole("button", { name: "Delete annotation" }).click();
  await expect.poll(() => highlighted(page, "claim")).toEqual([]);
  const toast = page.getByRole("status").filter({ hasText: "Deleted the claim" });
  await toast.getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => highlighted(page, "claim")).toEqual(acrossParagraphs);

  await page.reload();
  await expect.poll(() => highlighted(page, "claim")).toEqual(acrossParagraphs);
});

test("nested and overlapping spans both show, and j/k move through them", async ({ page, playwright }) => {
  await freshArticle(page, playwright, "editor", HOLLANDE);
  await selectText(page, "some of which have distorted our activities");
  await page.getByRole("toolbar", { name: "Tag the selected text" }).getByRole("button", { name: "Claim" }).click();
  await selectText(page, "distorted");
  await page.getByRole("toolbar", { name: "Tag the selected text" }).getByRole("button", { name: "Denial" }).click();
  await expect.poll(() => highlighted(page, "denial")).toEqual(["distorted"]);
  await expect.poll(() => highlighted(page, "claim")).toEqual(["some of which have distorted our activities"]);

  // A click on a highlight opens the innermost annotation under the pointer.
  await page.locator("body").press("Escape");
  await clickWords(page, "distorted");
  await expect(page.getByRole("region", { name: /Denial “distorted”/ })).toBeVisible();
  await clickWords(page, "some of which");
  await expect(page.getByRole("region", { name: /Claim “some of which have distorted our activities”/ })).toBeVisible();
  await expect.poll(() => highlighted(page, "selected")).toEqual(["some of which have distorted our activities"]);

  // The outer span comes first in document order, the nested one right after it.
  await page.getByRole("list", { name: "Annotations in document order" }).getByRole("button", { name: /^“some of which have distorted our activities”/ }).click();
  await expect(page.getByRole("region", { name: /Claim “some of which have distorted our activities”/ })).toBeVisible();
  await page.locator("body").press("j");
  await expect(page.getByRole("region", { name: /Denial “distorted”/ })).toBeVisible();
  await page.locator("body").press("k");
  await expect(page.getByRole("region", { name: /Claim “some of which have distorted our activities”/ })).toBeVisible();
  await page.locator("body").press("Escape");
  await expect(page.getByRole("region", { name: /Claim “some of which/ })).toHaveCount(0);
  await page.locator("body").press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
});

test("someone else's annotation is read-only for an annotator", async ({ page, browser, playwright }) => {
  const article = await freshArticle(page, playwright, "editor", MAKE_CLEAR);
  await selectText(page, "I am deeply shocked");
  await page.getByRole("toolbar", { name: "Tag the selected text" }).getByRole("button", { name: "Claim" }).click();
  await expect(page.getByRole("region", { name: /I am deeply shocked/ })).toBeVisible();

  const annotatorPage = await pageAs(browser, "annotator");
  await openArticle(annotatorPage, article, MAKE_CLEAR);
  await annotatorPage.getByRole("button", { name: /I am deeply shocked/ }).click();
  const panel = annotatorPage.getByRole("region", { name: /I am deeply shocked/ });
  await expect(panel.getByText("Only the author, an editor or an admin can change this annotation.")).toBeVisible();
  await expect(panel.getByRole("radio", { name: "Figure" })).toBeDisabled();
  await expect(panel.getByRole("button", { name: "Delete annotation" })).toHaveCount(0);
  await expect(panel.getByRole("button", { name: "Add source" })).toHaveCount(0);
  await annotatorPage.context().close();
});

test("the note keeps bold, italic and lists and loses script", async ({ page, playwright }) => {
  await freshArticle(page, playwright, "annotator", MAKE_CLEAR);
  await selectText(page, "focused on Middle East peace stuff");
  await page.keyboard.press("c");
  const panel = page.getByRole("region", { name: /focused on Middle East peace stuff/ });
  const note = panel.getByRole("textbox", { name: "Note" });
  await note.click();
  await panel.getByRole("button", { name: "Bold" }).click();
  await page.keyboard.type("Harf said this on Monday");
  await panel.getByRole("button", { name: "Save note" }).click();
  await expect(panel.getByRole("status")).toHaveText("Note saved.");
  await page.reload();
  // A click before the page has hydrated would be lost.
  await articleReady(page, MAKE_CLEAR);
  await page.getByRole("button", { name: /focused on Middle East peace stuff/ }).click();
  await expect(page.getByRole("region", { name: /focused on Middle East/ }).getByRole("textbox", { name: "Note" }).locator("strong")).toHaveText("Harf said this on Monday");
});

test("a browser that cannot paint highlights says so, and tagging and the list still work", async ({ page, playwright }) => {
  await page.addInitScript(() => {
    delete (CSS as { highlights?: unknown }).highlights;
  });
  await freshArticle(page, playwright, "annotator", MAKE_CLEAR);
  await expect(page.getByRole("status").filter({ hasText: "This browser cannot show highlights in the text." })).toBeVisible();
  await selectText(page, "Middle East peace");
  await page.keyboard.press("f");
  await expect(page.getByRole("region", { name: /Figure “Middle East peace”/ })).toBeVisible();
  await expect(page.getByRole("list", { name: "Annotations in document order" }).getByRole("button", { name: /^“Middle East peace” Figure/ })).toBeVisible();
});
