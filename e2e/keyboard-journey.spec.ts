import { type Locator, type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { articleReady } from "./annotate-helpers";
import { demoCopy, DEMO_TITLES, HOLLANDE } from "./demo-articles";
import { apiAs, DEMO, DEMO_PASSWORD, pageAs } from "./helpers";

/**
 * The whole of an annotation's life done from the keyboard alone, as a person who cannot use a
 * mouse does it: no clicks, no filled fields, no focus set by the test. Keys are pressed and typed;
 * the page is only read (what has the focus, what the accessibility tree and the announcer say).
 */

const SECOND = DEMO_TITLES[2];
const FIGURE = "70.3 million";
const QUOTE = "President Barack Obama spoke to French President Francois Hollande";
const NOTE = "The White House statement confirms the call.";
const SOURCE = "https://www.whitehouse.gov/the-press-office/2013/10/21/readout-call";

/** Whether `target` has the focus. */
const focused = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/** Presses Tab (Shift+Tab going back) until `target` has the focus, as a person tabbing along would. */
async function tabTo(page: Page, target: Locator, { back = false, most = 80 } = {}) {
  for (let presses = 0; presses < most; presses++) {
    if (await focused(target)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tabbed ${most} times without reaching ${target}`);
}

/** What the text after the caret reads, in the caret's paragraph. */
const afterCaret = (page: Page) =>
  page.evaluate(() => {
    const selection = window.getSelection();
    const node = selection?.focusNode;
    return node?.nodeType === Node.TEXT_NODE ? (node as Text).data.slice(selection!.focusOffset) : "";
  });

/**
 * Moves the caret with the arrow keys to `words`, which begin a paragraph: down a line at a time
 * from the top (the short paragraphs above are one line each), then along if it is not there yet.
 */
async function caretToParagraph(page: Page, words: string) {
  await page.keyboard.press("Control+Home");
  for (let presses = 0; !(await afterCaret(page)).startsWith(words); presses++) {
    if (presses > 200) throw new Error(`The caret did not reach “${words}”`);
    await page.keyboard.press(presses < 6 ? "ArrowDown" : "ArrowRight");
  }
}

const announcements = (page: Page) => page.getByRole("log", { name: "Announcements", exact: true });

/** Presses j until what it says matches `said` (suggestions and annotations are stepped through in the order of the text). */
async function stepTo(page: Page, said: RegExp) {
  const heard: string[] = [];
  for (let presses = 0; presses < 30; presses++) {
    const before = await announcements(page).textContent();
    await page.keyboard.press("j");
    await expect(announcements(page)).not.toHaveText(before ?? "");
    heard.push((await announcements(page).textContent()) ?? "");
    if (said.test(heard.at(-1)!)) return;
  }
  throw new Error(`j never reached ${said}; it said:\n${heard.join("\n")}`);
}

/**
 * From the dashboard: the story found with the search (a page load: the first Tab reaches the
 * skip link, which goes past the header), then its article opened (a move within the app: the
 * new page's heading takes the focus), all by keyboard.
 */
async function openFromDashboard(page: Page, storyTitle: string, articleTitle: string) {
  await tabTo(page, page.getByRole("searchbox", { name: "Find a story" }));
  await page.keyboard.type(storyTitle);
  await page.keyboard.press("Enter");
  const link = page.getByRole("list", { name: `Articles in ${storyTitle}` }).getByRole("link", { name: articleTitle });
  await expect(link).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await tabTo(page, link);
  await page.keyboard.press("Enter");
  await articleReady(page, articleTitle);
  await expect(page.getByRole("heading", { level: 1, name: articleTitle })).toBeFocused();
}

test("an annotator tags, notes, sources, submits and works the suggestions, and an editor approves, confirms the ledger's fact and publishes, all by keyboard", async ({ browser, playwright }) => {
  // About 40 s on an idle machine; the shared test machine's load can triple it.
  test.setTimeout(180_000);
  const api = await apiAs(playwright, "editor");
  const copy = await demoCopy(api, [HOLLANDE, SECOND], "Keyboard");
  // The figure another outlet gives, tagged already: once the annotator accepts the same figure's
  // suggestion in this article, the ledger proposes it as one fact.
  const second = copy.articles[SECOND];
  const start = second.text.indexOf(FIGURE);
  const tagged = await api.post(`/api/articles/${second.id}/annotations`, { data: { kind: "FIGURE", start, end: start + FIGURE.length, exact: FIGURE } });
  expect(tagged.status(), await tagged.text()).toBe(201);
  await api.dispose();

  // The annotator signs in by keyboard (the form puts the focus on Email).
  const annotator = await (await browser.newContext()).newPage();
  await annotator.goto("/login");
  await expect(annotator.getByLabel("Email")).toBeFocused();
  await annotator.keyboard.type(DEMO.annotator);
  await annotator.keyboard.press("Tab");
  await annotator.keyboard.type(DEMO_PASSWORD);
  await annotator.keyboard.press("Enter");
  // Slow on a loaded machine (the password's hash, then the first page signed in).
  await expect(annotator.getByRole("button", { name: "Sign out" })).toBeVisible({ timeout: 30_000 });
  await openFromDashboard(annotator, copy.storyTitle, HOLLANDE);
  const text = annotator.getByRole("textbox", { name: "Article text", exact: true });

  // The shortcuts are listed on "?", and closing the list gives the focus back to the text.
  await tabTo(annotator, text);
  await annotator.keyboard.press("?");
  const help = annotator.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await expect(help.getByRole("textbox", { name: "Key for: Next annotation" })).toHaveValue("j");
  await annotator.keyboard.press("Escape");
  await expect(help).toBeHidden();
  await expect(text).toBeFocused();

  // Words selected with Shift and the arrows, tagged as a claim with c.
  await caretToParagraph(annotator, QUOTE);
  // Word by word (Control), as far as the quote's last word.
  for (let i = 0; i < QUOTE.split(" ").length; i++) await annotator.keyboard.press("Control+Shift+ArrowRight");
  await expect.poll(() => annotator.evaluate(() => window.getSelection()?.toString().trim())).toBe(QUOTE);
  await expect(annotator.getByRole("toolbar", { name: "Tag the selected text" })).toBeVisible();
  await annotator.keyboard.press("c");
  await expect(announcements(annotator)).toContainText(`Tagged as a claim: “${QUOTE}”.`);

  // At the words, i says what is there; o opens it and moves to its panel.
  await annotator.keyboard.press("ArrowLeft");
  await annotator.keyboard.press("i");
  await expect(announcements(annotator)).toContainText(`At the caret: claim “${QUOTE}”, draft. Press o to open it.`);
  await annotator.keyboard.press("o");
  const panel = annotator.getByRole("region", { name: new RegExp(QUOTE) });
  await expect(panel.getByRole("heading", { level: 2 })).toBeFocused();
  // The list of annotations is the index of what is painted in the text.
  await expect(annotator.getByRole("list", { name: "Annotations in document order" })).toMatchAriaSnapshot(`
    - list:
      - listitem:
        - button /President Barack Obama spoke to French President Francois Hollande.*Claim.*Ana Annotator.*Draft/
  `);

  // A note typed into the note editor, and saved.
  await tabTo(annotator, panel.getByRole("textbox", { name: "Note" }));
  await annotator.keyboard.type(NOTE);
  await tabTo(annotator, panel.getByRole("button", { name: "Save note" }));
  await annotator.keyboard.press("Enter");
  await expect(panel.getByRole("status")).toHaveText("Note saved.");

  // A source: the form opens with the focus on its address, and gives it back when saved.
  await tabTo(annotator, panel.getByRole("button", { name: "Add source" }));
  await annotator.keyboard.press("Enter");
  await expect(panel.getByLabel("Source URL")).toBeFocused();
  await annotator.keyboard.type(SOURCE);
  await annotator.keyboard.press("Tab");
  await annotator.keyboard.type("Readout of the President's call with President Hollande");
  await annotator.keyboard.press("Enter");
  await expect(panel.getByRole("heading", { name: "Sources (1)" })).toBeVisible();
  await expect(panel.getByRole("button", { name: "Add source" })).toBeFocused();

  // Submitted for review: back up the panel to the review's button.
  await tabTo(annotator, panel.getByRole("button", { name: "Submit for review…" }), { back: true });
  await annotator.keyboard.press("Enter");
  await expect(panel.getByLabel("Comment (optional)")).toBeFocused();
  await annotator.keyboard.type("Sourced to the White House readout.");
  await tabTo(annotator, panel.getByRole("button", { name: "Confirm: submit for review" }));
  await annotator.keyboard.press("Enter");
  await expect(panel.getByText("Status: Submitted")).toBeVisible();

  // From the panel, t goes back to the words; Escape closes the panel.
  await annotator.keyboard.press("t");
  await expect(text).toBeFocused();
  await expect(announcements(annotator)).toHaveText("In a claim.");

  // The machine's suggestions, stepped to with j: a accepts the figure, x dismisses the denial.
  await stepTo(annotator, /^Suggested figure, \d+ of \d+: “70\.3 million/);
  await annotator.keyboard.press("a");
  await expect(announcements(annotator)).toContainText(`Accepted the suggested figure “${FIGURE}`);
  await expect(announcements(annotator)).toContainText("it is your draft figure now.");
  await stepTo(annotator, /^Suggested denial, \d+ of \d+: “some of which have distorted/);
  await annotator.keyboard.press("x");
  await expect(announcements(annotator)).toContainText("Dismissed the suggested denial “some of which have distorted");
  await expect(annotator.getByRole("region", { name: /^Suggestions \(\d+\)$/ }).getByText("Dismissed (1)")).toBeVisible();

  // The editor, in a browser of their own, opens the desk, finds the article the same way, steps
  // with j past the machine's suggestions to the claim (each step is said), and approves it with a verdict.
  const editor = await pageAs(browser, "editor");
  await editor.goto("/");
  await openFromDashboard(editor, copy.storyTitle, HOLLANDE);
  await stepTo(editor, /^Claim, /);
  await expect(announcements(editor)).toHaveText(new RegExp(`^Claim, \\d+ of \\d+: “${QUOTE}”\\. Submitted\\.$`));
  await editor.keyboard.press("p");
  const editorPanel = editor.getByRole("region", { name: new RegExp(QUOTE) });
  await expect(editorPanel.getByRole("heading", { level: 2 })).toBeFocused();
  await tabTo(editor, editorPanel.getByRole("button", { name: "Approve…" }));
  await editor.keyboard.press("Enter");
  await expect(editorPanel.getByLabel("Rating")).toBeFocused();
  await editor.keyboard.press("ArrowDown");
  await expect(editorPanel.getByLabel("Rating")).not.toHaveValue("");
  await tabTo(editor, editorPanel.getByRole("button", { name: "Confirm: approve" }));
  await editor.keyboard.press("Enter");
  await expect(editorPanel.getByText("Status: Approved")).toBeVisible();
  await expect(editorPanel.getByRole("heading", { name: "Review" })).toBeFocused();

  // The annotator hears it.
  await expect(announcements(annotator)).toContainText(`Eddie Editor approved it (claim “${QUOTE}”).`);

  // Back to the words (t), and up to the story's ledger: the figure both outlets give is
  // proposed; the editor accepts it and confirms it for publication.
  await editor.keyboard.press("t");
  await tabTo(editor, editor.getByRole("link", { name: "Story ledger" }), { back: true });
  await editor.keyboard.press("Enter");
  const proposal = editor.getByRole("listitem", { name: /^Proposed fact:/ }).filter({ hasText: FIGURE });
  await tabTo(editor, proposal.getByRole("button", { name: "Accept" }));
  await editor.keyboard.press("Enter");
  const confirm = editor.getByRole("button", { name: /^Confirm “.+” for publication$/ });
  await tabTo(editor, confirm);
  await editor.keyboard.press("Enter");
  await expect(editor.getByRole("rowheader").filter({ hasText: "Confirmed by" })).toHaveCount(1);

  // Then the story's report, where the editor publishes.
  await tabTo(editor, editor.getByRole("link", { name: "Story report" }), { back: true });
  await editor.keyboard.press("Enter");
  const publish = editor.getByRole("region", { name: "Public page" });
  await tabTo(editor, publish.getByRole("button", { name: "Publish", exact: true }));
  await editor.keyboard.press("Enter");
  await expect(publish.getByRole("status")).toContainText("Published as update 1");
});

test("a person moves a single-key shortcut and switches one off, by keyboard, and this browser keeps them", async ({ browser, playwright }) => {
  test.setTimeout(90_000);
  const api = await apiAs(playwright, "annotator");
  const editorApi = await apiAs(playwright, "editor");
  const article = (await demoCopy(editorApi, [HOLLANDE], "Keys")).articles[HOLLANDE];
  await editorApi.dispose();
  const start = article.text.indexOf(QUOTE);
  const made = await api.post(`/api/articles/${article.id}/annotations`, { data: { kind: "CLAIM", start, end: start + QUOTE.length, exact: QUOTE } });
  expect(made.status(), await made.text()).toBe(201);
  await api.dispose();

  const page = await pageAs(browser, "annotator");
  await page.goto(`/articles/${article.id}`);
  await articleReady(page, HOLLANDE);
  await expect(page.getByRole("list", { name: "Annotations in document order" }).getByRole("listitem")).toHaveCount(1);

  // In the help dialog: "Next annotation" moves from j to n, "Previous annotation" is switched off.
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  const next = help.getByRole("textbox", { name: "Key for: Next annotation" });
  await tabTo(page, next);
  await page.keyboard.type("n");
  await expect(next).toHaveValue("n");
  await page.keyboard.press("Tab");
  await expect(help.getByRole("textbox", { name: "Key for: Previous annotation" })).toBeFocused();
  await page.keyboard.press("Backspace");
  await expect(announcements(page)).toContainText("“Previous annotation” is switched off.");
  // A key another shortcut has is refused, with the reason.
  await page.keyboard.press("Tab");
  await page.keyboard.type("n");
  await expect(help.getByRole("alert")).toHaveText("“n” already does “Next annotation”. Change that one first.");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  // Kept in this browser: after a reload, n steps and j and k do nothing.
  await page.reload();
  await articleReady(page, HOLLANDE);
  await expect(page.getByRole("list", { name: "Annotations in document order" }).getByRole("listitem")).toHaveCount(1);
  await page.keyboard.press("j");
  await page.keyboard.press("k");
  await expect(announcements(page)).toHaveText("");
  // The first of what n steps through (a suggestion of the machine's, most likely) is said.
  await page.keyboard.press("n");
  await expect(announcements(page)).toHaveText(/^(Suggested )?(Claim|claim|Figure|figure|Denial|denial), 1 of \d+: “/);
});
