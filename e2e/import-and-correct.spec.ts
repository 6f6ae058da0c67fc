import { expect, test } from "./fixtures";
import { highlighted, selectText } from "./annotate-helpers";
import { openAs, uniqueEmail } from "./helpers";

const HTML = `<!doctype html><html><head><title>Wire</title><script>window.stolen = document.cookie</script>
<style>body { background: red }</style></head><body>
<h1>Kerry meets Fabius</h1>
<p>Secretary of State John Kerry met French Foreign Minister Laurent Fabius on Tuesday.</p>
<p>Fabius asked for an explanation of the spying practices, a spokesman said.<img src="https://tracker.example/p.gif" onerror="window.hacked = true"></p>
<p>The two men also discussed Syria.</p>
<script>alert("injected")</script></body></html>`;

test("import an HTML file clean, annotate it, correct a word before the annotation, then delete its sentence", async ({ page }) => {
  await openAs(page, "editor");
  const story = `Kerry in Paris ${uniqueEmail("s").split("@")[0]}`;
  await page.getByText("New story").click();
  await page.getByLabel("Story title").fill(story);
  await page.getByRole("button", { name: "Create story" }).click();
  const card = page.getByRole("region", { name: story });
  await card.getByRole("link", { name: "Import an article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Import an article into/ })).toBeVisible();

  await page.getByLabel("Title", { exact: true }).fill("Kerry meets Fabius (wire)");
  await page.getByLabel("Outlet").fill("Wire service");
  await page.getByLabel("File (.txt, .md or .html, up to 2 MB)").setInputFiles({ name: "kerry.html", mimeType: "text/html", buffer: Buffer.from(HTML) });
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kerry meets Fabius (wire)" })).toBeVisible();

  // Imported clean: the structure stays, nothing of the scripts, styles or the image does.
  const text = page.getByRole("textbox", { name: "Article text", exact: true });
  await expect(text.getByRole("heading", { name: "Kerry meets Fabius" })).toBeVisible();
  await expect(text.locator("p")).toHaveCount(3);
  await expect(text).not.toContainText("cookie");
  await expect(text).not.toContainText("injected");
  await expect(text.locator("img, script, style")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { hacked?: boolean; stolen?: string }).hacked ?? null)).toBeNull();

  // Annotate, then correct a word before the annotation.
  await selectText(page, "an explanation of the spying practices");
  await page.keyboard.press("c");
  await expect.poll(() => highlighted(page, "claim")).toEqual(["an explanation of the spying practices"]);
  await page.getByRole("link", { name: "Correct the text" }).click();
  await page.getByRole("button", { name: "Save correction" }).click();
  await expect(page.getByRole("status")).toHaveText("Nothing to save: the text is the same as version 1.");
  await selectText(page, "Fabius asked for", undefined, "Article text (editing)");
  await page.keyboard.type("Mr Fabius demanded");
  const editing = page.getByRole("textbox", { name: "Article text (editing)", exact: true });
  await expect(editing).toContainText("Mr Fabius demanded an explanation");
  await page.getByRole("button", { name: "Save correction" }).click();
  await expect(page.getByRole("status")).toContainText("Saved as version 2. 1 annotation kept on their words.");
  await page.getByRole("link", { name: "Back to the article" }).click();
  await expect(text).toContainText("Mr Fabius demanded an explanation");
  await expect.poll(() => highlighted(page, "claim")).toEqual(["an explanation of the spying practices"]);

  // Delete the annotated sentence: the annotation waits under "Needs re-anchoring".
  await page.getByRole("link", { name: "Correct the text" }).click();
  await selectText(page, "Mr Fabius demanded", "a spokesman said.", "Article text (editing)");
  await page.keyboard.press("Backspace");
  await expect(editing).not.toContainText("a spokesman said");
  await page.getByRole("button", { name: "Save correction" }).click();
  await expect(page.getByRole("status")).toContainText("1 needs re-anchoring");
  await page.getByRole("link", { name: "Back to the article" }).click();
  const orphans = page.getByRole("region", { name: /Needs re-anchoring/ });
  await expect(orphans.getByRole("list", { name: "Annotations that need re-anchoring" })).toContainText("an explanation of the spying practices");
  await expect.poll(() => highlighted(page, "claim")).toEqual([]);

  // Re-attach it to other words.
  await selectText(page, "discussed Syria");
  await orphans.getByRole("button", { name: /Re-attach/ }).click();
  await expect.poll(() => highlighted(page, "claim")).toEqual(["discussed Syria"]);
  await expect(page.getByRole("region", { name: /Needs re-anchoring/ })).toHaveCount(0);

  // Both versions and the change between them stay readable.
  await page.getByRole("link", { name: "Versions" }).click();
  await expect(page.getByRole("heading", { name: "Changes from version 2 to version 3" })).toBeVisible();
  await expect(page.getByLabel("Changes from version 2 to version 3").locator("del")).toContainText(["Mr Fabius demanded"]);
});

test("bad imports get a clear message and import nothing", async ({ page }) => {
  await openAs(page, "annotator");
  await page.getByRole("link", { name: "Import an article" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /Import an article into/ })).toBeVisible();
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Paste the article's text or choose a file.");

  await page.getByLabel("Title", { exact: true }).fill("Binary");
  await page.getByLabel("File (.txt, .md or .html, up to 2 MB)").setInputFiles({ name: "photo.txt", mimeType: "text/plain", buffer: Buffer.from([0x66, 0xff, 0xfe, 0x00]) });
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("not valid UTF-8");

  await page.getByLabel("File (.txt, .md or .html, up to 2 MB)").setInputFiles({ name: "slides.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") });
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Upload a .txt, .md or .html file.");

  await page.getByLabel("Paste text").check();
  await page.getByLabel("Title", { exact: true }).fill("");
  await page.getByLabel("Article text", { exact: true }).fill("Some words.");
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Give the article a title.");
  await expect(page).toHaveURL(/\/import$/);
});
