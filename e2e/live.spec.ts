import { type Browser, type Page, type PlaywrightWorkerArgs } from "@playwright/test";
import { expect, test } from "./fixtures";
import { articleReady, highlighted, openArticle, selectText } from "./annotate-helpers";
import { demoCopy, HOLLANDE } from "./demo-articles";
import { apiAs, pageAs } from "./helpers";

/** The annotator and the editor, each in their own browser context, on a fresh copy of the same article. */
async function twoPeople(browser: Browser, playwright: PlaywrightWorkerArgs["playwright"]) {
  const api = await apiAs(playwright, "editor");
  const article = (await demoCopy(api, [HOLLANDE], "Live")).articles[HOLLANDE];
  await api.dispose();
  const pages: Page[] = [];
  for (const role of ["annotator", "editor"] as const) {
    const page = await pageAs(browser, role);
    await openArticle(page, article, HOLLANDE);
    await expect(page.getByRole("status", { name: "Live updates: Live" })).toBeVisible();
    pages.push(page);
  }
  return { annotator: pages[0], editor: pages[1], close: () => Promise.all(pages.map((p) => p.context().close())) };
}

const list = (page: Page) => page.getByRole("list", { name: "Annotations in document order" });
const panel = (page: Page) => page.getByRole("region", { name: /“/ });

async function tag(page: Page, phrase: string, kind: "Claim" | "Figure" | "Denial") {
  await selectText(page, phrase);
  await page.getByRole("toolbar", { name: "Tag the selected text" }).getByRole("button", { name: kind }).click();
  await expect(panel(page).getByRole("heading", { name: new RegExp(phrase) })).toBeVisible();
}

test("one person's new annotation appears for the other without a reload, keeping their scroll and selection; presence shows who is there", async ({ browser, playwright }) => {
  const { annotator, editor, close } = await twoPeople(browser, playwright);
  await expect(editor.getByRole("list", { name: "Also on this article" }).getByRole("listitem", { name: /^Ana Annotator/ })).toBeVisible();
  await expect(annotator.getByRole("list", { name: "Also on this article" }).getByRole("listitem", { name: /^Eddie Editor/ })).toBeVisible();

  await editor.evaluate(() => window.scrollTo(0, 200));
  await selectText(editor, "Secretary of State John Kerry");
  const scrolled = await editor.evaluate(() => window.scrollY);

  await tag(annotator, "summoned the U.S. ambassador in Paris", "Claim");
  await expect(list(editor).getByRole("button", { name: /summoned the U.S. ambassador in Paris/ })).toBeVisible();
  await expect.poll(() => highlighted(editor, "claim")).toContain("summoned the U.S. ambassador in Paris");
  expect(await editor.evaluate(() => window.scrollY)).toBe(scrolled);
  expect(await editor.evaluate(() => window.getSelection()?.toString())).toBe("Secretary of State John Kerry");

  // Opening it shows the annotator, on the editor's page, which annotation they have open.
  await list(editor).getByRole("button", { name: /summoned the U.S. ambassador in Paris/ }).click();
  await expect(panel(editor).getByText("Ana Annotator has this annotation open.")).toBeVisible();
  await close();
});

test("both people save the same note at once: exactly one wins, the other sees both notes and re-applies theirs in one click", async ({ browser, playwright }) => {
  const { annotator, editor, close } = await twoPeople(browser, playwright);
  await tag(annotator, "pre-arranged trip", "Figure");
  await list(editor).getByRole("button", { name: /pre-arranged trip/ }).click();

  const mine = { annotator: "Trip announced by the State Department on Oct 17.", editor: "Confirmed by the embassy's press office." };
  for (const [page, text] of [[annotator, mine.annotator], [editor, mine.editor]] as const) {
    const note = panel(page).getByRole("textbox", { name: "Note" });
    await note.click();
    await page.keyboard.type(text);
  }
  await expect(panel(annotator).getByText("Eddie Editor is editing this annotation.")).toBeVisible();

  const save = (page: Page) => panel(page).getByRole("button", { name: "Save note" }).click();
  await Promise.all([save(annotator), save(editor)]);
  const saved = (page: Page) => panel(page).getByRole("status").filter({ hasText: "Note saved." });
  const conflict = (page: Page) => panel(page).getByRole("alert").filter({ hasText: "saved a different note while you were editing" });
  await expect(async () => {
    const outcomes = await Promise.all([annotator, editor].map(async (page) => [await saved(page).isVisible(), await conflict(page).isVisible()]));
    expect(outcomes.map(([won]) => won).filter(Boolean)).toHaveLength(1);
    expect(outcomes.map(([, lost]) => lost).filter(Boolean)).toHaveLength(1);
  }).toPass();

  const annotatorWon = await saved(annotator).isVisible();
  const [winner, loser] = annotatorWon ? [annotator, editor] : [editor, annotator];
  const [winning, losing] = annotatorWon ? [mine.annotator, mine.editor] : [mine.editor, mine.annotator];
  await expect(conflict(loser)).toContainText(winning);
  await expect(conflict(loser)).toContainText(losing);
  await conflict(loser).getByRole("button", { name: "Re-apply my note" }).click();
  await expect(panel(loser).getByText("Your note was re-applied.")).toBeVisible();
  // The winner had nothing unsaved, so the re-applied note simply arrives.
  await expect(panel(winner).getByRole("textbox", { name: "Note" })).toContainText(losing);

  // Nothing was lost: both saved notes are in the annotation's history, the re-applied one last.
  const articleId = new URL(winner.url()).pathname.split("/")[2];
  const { annotations } = await (await winner.request.get(`/api/articles/${articleId}/annotations`)).json();
  const id = annotations.find((a: { exact: string }) => a.exact === "pre-arranged trip").id;
  const { history } = await (await winner.request.get(`/api/annotations/${id}/history`)).json();
  const notes = history.filter((e: { action: string }) => e.action === "annotation.updated").map((e: { after: { note: string } }) => e.after.note);
  expect(notes).toHaveLength(2);
  expect(notes[0]).toContain(winning);
  expect(notes[1]).toContain(losing);
  await close();
});

test("a plain save after someone else's note arrived is refused, so their note is never replaced without a choice", async ({ browser, playwright }) => {
  const { annotator, editor, close } = await twoPeople(browser, playwright);
  await tag(annotator, "on a pre-arranged", "Denial");
  await list(editor).getByRole("button", { name: /on a pre-arranged/ }).click();
  await panel(editor).getByRole("textbox", { name: "Note" }).click();
  await editor.keyboard.type("Editor's draft.");
  await panel(annotator).getByRole("textbox", { name: "Note" }).click();
  await annotator.keyboard.type("Annotator's saved note.");
  await panel(annotator).getByRole("button", { name: "Save note" }).click();
  await expect(panel(annotator).getByRole("status")).toHaveText("Note saved.");

  // The editor sees both notes, then clicks the plain save anyway.
  await expect(panel(editor).getByRole("alert").filter({ hasText: "saved a different note while you were editing" })).toContainText("Annotator's saved note.");
  await panel(editor).getByRole("button", { name: "Save note" }).click();
  await expect(panel(editor).getByRole("alert").filter({ hasText: "Someone else changed this annotation" })).toBeVisible();
  await annotator.reload();
  await articleReady(annotator, HOLLANDE);
  await list(annotator).getByRole("button", { name: /on a pre-arranged/ }).click();
  await expect(panel(annotator).getByRole("textbox", { name: "Note" })).toHaveText("Annotator's saved note.");
  await close();
});

test("a person sees it when someone deletes the annotation they have open, and can restore it", async ({ browser, playwright }) => {
  const { annotator, editor, close } = await twoPeople(browser, playwright);
  await tag(annotator, "exhaustive investigation", "Claim");
  await list(editor).getByRole("button", { name: /exhaustive investigation/ }).click();
  await panel(annotator).getByRole("button", { name: "Delete annotation" }).click();
  await expect(panel(editor).getByRole("alert")).toContainText("Ana Annotator deleted this annotation while you had it open.");
  await expect(list(editor).getByRole("button", { name: /exhaustive investigation/ })).toHaveCount(0);
  await panel(editor).getByRole("button", { name: "Restore the annotation" }).click();
  await expect(list(annotator).getByRole("button", { name: /exhaustive investigation/ })).toBeVisible();
  await close();
});

test("a comment with an @mention appears live in the thread and lands in the mentioned person's inbox", async ({ browser, playwright }) => {
  const { annotator, editor, close } = await twoPeople(browser, playwright);
  await tag(annotator, "continue to discuss the issue", "Claim");
  await list(editor).getByRole("button", { name: /continue to discuss the issue/ }).click();
  await expect(panel(editor).getByText("No comments yet.")).toBeVisible();

  const box = panel(annotator).getByRole("combobox", { name: "Add a comment" });
  await box.click();
  await annotator.keyboard.type("Which channels? @Edd");
  await expect(annotator.getByRole("listbox", { name: "People to mention" }).getByRole("option", { name: "Eddie Editor" })).toBeVisible();
  await annotator.keyboard.press("Enter");
  await annotator.keyboard.type("can you find the statement?");
  await annotator.keyboard.press("Control+Enter");

  const comment = panel(editor).getByRole("article", { name: "Comment by Ana Annotator" });
  await expect(comment).toContainText("Which channels? @Eddie Editor can you find the statement?");
  await comment.getByRole("button", { name: "Reply" }).click();
  await panel(editor).getByRole("combobox", { name: "Reply to Ana Annotator" }).fill("The White House readout, linked as a source.");
  await panel(editor).getByRole("button", { name: "Reply", exact: true }).last().click();
  await expect(panel(annotator).getByRole("list", { name: "Replies to Ana Annotator" })).toContainText("The White House readout");

  await editor.goto("/inbox");
  await expect(editor.getByRole("link", { name: /^Inbox \d+ unread$/ })).toBeVisible();
  const entry = editor.getByRole("listitem").filter({ hasText: "Ana Annotator mentioned you" }).first();
  await expect(entry).toContainText("can you find the statement?");
  await entry.getByRole("link", { name: HOLLANDE }).click();
  await expect(panel(editor).getByRole("heading", { name: /continue to discuss the issue/ })).toBeVisible();
  await close();
});

test("after a network drop the page says so, then catches up on what it missed, once", async ({ browser, playwright }) => {
  const { annotator, editor, close } = await twoPeople(browser, playwright);
  const before = await list(editor).getByRole("listitem").count();
  await editor.context().setOffline(true);
  await expect(editor.getByRole("status", { name: "Live updates: Offline: not receiving changes" })).toBeVisible();
  await tag(annotator, "Der Spiegel", "Figure");
  await editor.context().setOffline(false);
  await expect(list(editor).getByRole("button", { name: /Der Spiegel/ })).toHaveCount(1);
  await expect(list(editor).getByRole("listitem")).toHaveCount(before + 1);
  await expect(editor.getByRole("status", { name: "Live updates: Live" })).toBeVisible();
  await close();
});

test("an author is not offered to restore what an editor deleted while they had it open", async ({ browser, playwright }) => {
  const { annotator, editor, close } = await twoPeople(browser, playwright);
  await tag(annotator, "described the report", "Claim");
  await list(editor).getByRole("button", { name: /^“described the report”/ }).click();
  await panel(editor).getByRole("button", { name: "Delete annotation" }).click();
  await expect(panel(annotator).getByRole("alert")).toContainText("Eddie Editor deleted this annotation while you had it open.");
  await expect(panel(annotator).getByRole("button", { name: "Restore the annotation" })).toHaveCount(0);
  await close();
});
