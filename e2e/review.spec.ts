import { type Page, type PlaywrightWorkerArgs } from "@playwright/test";
import { expect, test } from "./fixtures";
import { articleReady, highlighted, selectedIsInView, selectText } from "./annotate-helpers";
import { demoCopy } from "./demo-articles";
import { apiAs, openAs, pageAs, type Role } from "./helpers";

const ARTICLE = "US president Barack Obama sought to reassure French president Francois Hollande about the…";
const QUOTE = "three million French telephone data daily";

/** A fresh copy of the demo article for this test alone, open in `page` as `role`. */
async function freshArticle(page: Page, playwright: PlaywrightWorkerArgs["playwright"], role: Role) {
  const editor = await apiAs(playwright, "editor");
  const copy = await demoCopy(editor, [ARTICLE], "Review");
  await editor.dispose();
  const article = copy.articles[ARTICLE];
  await openAs(page, role, `/articles/${article.id}`);
  await articleReady(page, ARTICLE);
  return { ...article, storyTitle: copy.storyTitle };
}

test("an annotation goes through review: submit, changes requested, resubmit, approve with a verdict", async ({ page, browser, playwright }) => {
  // The annotator tags a figure and submits it.
  const article = await freshArticle(page, playwright, "annotator");
  await selectText(page, QUOTE);
  await page.keyboard.press("f");
  let panel = page.getByRole("region", { name: new RegExp(QUOTE) });
  await panel.getByRole("button", { name: "Submit for review…" }).click();
  await panel.getByLabel("Comment (optional)").fill("Figure from the NSA graphic.");
  await panel.getByRole("button", { name: "Confirm: submit for review" }).click();
  await expect(panel.getByText("Status: Submitted")).toBeVisible();
  const articleUrl = page.url();

  // The editor finds it in the queue and requests changes.
  // (A short window, so the annotation starts below the fold.)
  const editor = await pageAs(browser, "editor", { viewport: { width: 1280, height: 500 } });
  await editor.goto("/");
  await editor.getByRole("link", { name: "Review", exact: true }).click();
  // The queue is oldest first, a page at a time (other specs' work comes first): the editor narrows it to the story.
  await editor.getByLabel("Story", { exact: true }).selectOption({ label: article.storyTitle });
  await editor.getByRole("button", { name: "Filter" }).click();
  const queue = editor.getByRole("table", { name: "Waiting for review" });
  await queue.getByRole("link", { name: new RegExp(QUOTE) }).click();
  // The link opens the annotation and brings its words into view.
  await expect.poll(() => highlighted(editor, "selected")).toEqual([QUOTE]);
  await expect.poll(() => selectedIsInView(editor)).toBe(true);
  let editorPanel = editor.getByRole("region", { name: new RegExp(QUOTE) });
  await editorPanel.getByRole("button", { name: "Request changes…" }).click();
  await editorPanel.getByRole("button", { name: "Confirm: request changes" }).click();
  await expect(editorPanel.getByRole("alert")).toHaveText("Say what needs to change.");
  await editorPanel.getByLabel("What needs to change").fill("Say which outlet reported the graphic.");
  await editorPanel.getByRole("button", { name: "Confirm: request changes" }).click();
  await expect(editorPanel.getByText("Status: Changes requested")).toBeVisible();

  // The annotator sees it under My work, fixes the note and resubmits.
  await page.getByRole("link", { name: "My work" }).click();
  await page.getByRole("table", { name: "Changes requested of you" }).getByRole("link", { name: new RegExp(QUOTE) }).click();
  panel = page.getByRole("region", { name: new RegExp(QUOTE) });
  await expect(panel.getByText("Say which outlet reported the graphic.")).toBeVisible();
  await panel.getByRole("textbox", { name: "Note" }).click();
  await page.keyboard.type("Reported by Le Monde from an NSA graphic.");
  await panel.getByRole("button", { name: "Save note" }).click();
  await expect(panel.getByRole("status")).toHaveText("Note saved.");
  await panel.getByRole("button", { name: "Submit for review…" }).click();
  await panel.getByRole("button", { name: "Confirm: submit for review" }).click();
  await expect(panel.getByText("Status: Submitted")).toBeVisible();

  // The editor approves with a verdict; the timeline shows every step and who took it.
  await editor.goto(articleUrl);
  await editor.getByRole("list", { name: "Annotations in document order" }).getByRole("button", { name: new RegExp(QUOTE) }).click();
  editorPanel = editor.getByRole("region", { name: new RegExp(QUOTE) });
  const backToReview = editorPanel.getByText("An editor has decided on this annotation. Changing its kind, note or sources sends it back for review.");
  await expect(backToReview).toHaveCount(0);
  await editorPanel.getByRole("button", { name: "Approve…" }).click();
  await editorPanel.getByRole("button", { name: "Confirm: approve" }).click();
  await expect(editorPanel.getByRole("alert")).toContainText("needs a verdict");
  await editorPanel.getByLabel("Figure is").selectOption({ label: "Confirmed" });
  await editorPanel.getByRole("button", { name: "Confirm: approve" }).click();
  await expect(editorPanel.getByText("Status: Approved")).toBeVisible();
  await expect(editorPanel.getByText("Verdict: Confirmed")).toBeVisible();
  // Whoever may still change it is told what a change does to the decision.
  await expect(backToReview).toBeVisible();

  const timeline = editorPanel.getByRole("list", { name: "Annotation history" }).getByRole("listitem");
  await expect(timeline).toHaveText([
    /Ana Annotator created the annotation/,
    /Ana Annotator submitted it for review.*Figure from the NSA graphic\./,
    /Eddie Editor requested changes.*Say which outlet reported the graphic\./,
    /Ana Annotator edited the annotation/,
    /Ana Annotator submitted it for review/,
    /Eddie Editor approved it/,
  ]);

  // The queue for this article is empty again.
  await editor.getByRole("link", { name: "Review", exact: true }).click();
  await expect(editor).toHaveURL(/\/review$/);
  // This test's own copy (every copy of the demo article has its title), chosen among its story's: the story first.
  await editor.getByLabel("Story", { exact: true }).selectOption({ label: article.storyTitle });
  await editor.getByRole("button", { name: "Filter" }).click();
  await editor.getByLabel("Article", { exact: true }).selectOption(article.id);
  await editor.getByRole("button", { name: "Filter" }).click();
  await expect(editor.getByText("Nothing is waiting for review. Well done.")).toBeVisible();
  await editor.context().close();
});

test("an annotator cannot review, and an editor cannot approve their own work", async ({ page, browser, playwright }) => {
  await freshArticle(page, playwright, "editor");
  await selectText(page, "totally unacceptable");
  await page.keyboard.press("c");
  const panel = page.getByRole("region", { name: /totally unacceptable/ });
  await panel.getByRole("button", { name: "Submit for review…" }).click();
  await panel.getByRole("button", { name: "Confirm: submit for review" }).click();
  await expect(panel.getByText("Status: Submitted")).toBeVisible();
  // Four-eyes: no approve button for the author; the API refuses it too.
  await expect(panel.getByRole("button", { name: "Approve…" })).toHaveCount(0);
  const id = new URL(page.url()).pathname.split("/").pop();
  const list = await (await page.request.get(`/api/articles/${id}/annotations`)).json();
  const own = list.annotations.find((a: { exact: string }) => a.exact === "totally unacceptable");
  const refused = await page.request.post(`/api/annotations/${own.id}/review`, {
    data: { action: "APPROVE", version: own.version, verdict: { kind: "CLAIM", rating: "TRUE" } },
  });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error).toBe("You cannot approve your own annotation: another editor must review it.");

  // An annotator, in a browser of their own (signing the demo editor out would end every editor session of the run).
  const annotator = await pageAs(browser, "annotator");
  await annotator.goto("/review");
  await expect(annotator.getByRole("main").getByRole("alert")).toContainText("Only editors and admins review annotations.");
  expect((await annotator.request.get("/api/review-queue")).status()).toBe(403);
  await annotator.context().close();
});
