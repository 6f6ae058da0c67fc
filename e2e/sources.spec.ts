import { expect, test } from "./fixtures";
import { newsPage, PHONE_DATA, startTestSite, type TestSite } from "../tests/test-site";
import { Audit } from "./accessibility-audit";
import { highlighted, selectText } from "./annotate-helpers";
import { openAs, uniqueEmail } from "./helpers";

let site: TestSite;
test.beforeAll(async () => {
  site = await startTestSite();
});
test.afterAll(() => site.close());

async function newStory(page: import("@playwright/test").Page, label: string) {
  const story = `${label} ${uniqueEmail("s").split("@")[0]}`;
  await page.getByText("New story").click();
  await page.getByLabel("Story title").fill(story);
  await page.getByRole("button", { name: "Create story" }).click();
  await page.getByRole("region", { name: story }).getByRole("link", { name: "Import an article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Import an article into/ })).toBeVisible();
  return story;
}

test("import an article from its address with a preview, correct its title, annotate it, and cite an archived source", async ({ page }, testInfo) => {
  await openAs(page, "editor");
  await newStory(page, "Phone data by address");

  await page.getByRole("radio", { name: "From a web address" }).check();
  await page.getByLabel("Web address of the article").fill(`${site.origin}/old-address`);
  await page.getByRole("button", { name: "Fetch and preview" }).click();
  const preview = page.getByRole("form", { name: "Preview of the page" });
  await expect(preview.getByLabel("Title")).toHaveValue("France summons US envoy over phone data");
  await expect(preview.getByLabel("Outlet")).toHaveValue("The Daily Test");
  await expect(preview.getByLabel("Published")).toHaveValue("2013-10-21");
  await expect(preview.getByRole("region", { name: /Article text/ })).toContainText("70.3 million pieces of French telephone data");
  await expect(preview.getByRole("region", { name: /Article text/ })).not.toContainText("Subscribe");
  await preview.getByLabel("Title").fill("France summons the US envoy (corrected)");
  await preview.getByRole("button", { name: "Import article" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "France summons the US envoy (corrected)" })).toBeVisible();
  const details = page.getByRole("definition").filter({ hasText: "canonical-phone-data" });
  await expect(details.getByRole("link", { name: /^archived / })).toBeVisible();

  await selectText(page, "70.3 million");
  await page.keyboard.press("f");
  const panel = page.getByRole("region", { name: /“70\.3 million”/ });
  await expect(panel).toBeVisible();
  await expect.poll(() => highlighted(page, "figure")).toEqual(["70.3 million"]);

  // A source by its address alone: title, publisher and the archived copy arrive without a reload.
  site.setPage("/news/minister", newsPage("Minister summons ambassador", PHONE_DATA.slice(1)));
  await panel.getByRole("button", { name: "Add source" }).click();
  await panel.getByLabel("Source URL").fill(`${site.origin}/news/minister`);
  await panel.getByRole("button", { name: "Add this source" }).click();
  await expect(panel.getByRole("link", { name: "Minister summons ambassador", exact: true })).toBeVisible();
  await expect(panel.getByText("The Daily Test")).toBeVisible();
  const archived = panel.getByRole("link", { name: /^Archived .+, a copy of Minister summons ambassador$/ });
  await expect(archived).toBeVisible();
  await expect(archived).toHaveText(/^Archived \d{1,2} [A-Z][a-z]{2} \d{4}$/);

  await archived.click();
  await expect(page.getByRole("heading", { level: 1, name: "Archived copy: Minister summons ambassador" })).toBeVisible();
  const copy = page.getByRole("article", { name: "The archived page" });
  await expect(copy).toContainText("summoned the American ambassador");
  await expect(copy.locator("script, iframe, form, input, img")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "About this copy" })).toContainText(/SHA-256 of the readable text\s*[0-9a-f]{64}/);
  // The archived copy meets WCAG 2.2 AA like the desk's other pages (accessibility-pages.spec.ts).
  const audit = new Audit(testInfo);
  await audit.check(page, "archived-copy", { reflow: true });
  audit.finish();
});

test("check a source again: unchanged, then changed with the words that changed; a page that cannot be archived says why and can be retried", async ({ page }, testInfo) => {
  site.setPage("/changing", newsPage("Figures revised", PHONE_DATA));
  await openAs(page, "editor");
  await newStory(page, "Checks");
  await page.getByRole("radio", { name: "From a web address" }).check();
  await page.getByLabel("Web address of the article").fill(`${site.origin}/news/phone-data`);
  await page.getByRole("button", { name: "Fetch and preview" }).click();
  await page.getByRole("form", { name: "Preview of the page" }).getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "France summons US envoy over phone data" })).toBeVisible();

  await selectText(page, "70.3 million");
  await page.keyboard.press("f");
  const panel = page.getByRole("region", { name: /“70\.3 million”/ });
  await panel.getByRole("button", { name: "Add source" }).click();
  await panel.getByLabel("Source URL").fill(`${site.origin}/changing`);
  await panel.getByRole("button", { name: "Add this source" }).click();
  await expect(panel.getByRole("link", { name: /^Archived .+, a copy of Figures revised/ })).toBeVisible();

  await panel.getByRole("button", { name: "Check again: Figures revised" }).click();
  await expect(panel.getByRole("status", { name: "Check of Figures revised" })).toHaveText("Unchanged since the archived copy.");

  site.setPage("/changing", newsPage("Figures revised", [PHONE_DATA[0].replace("70.3 million", "60 million"), ...PHONE_DATA.slice(1)]));
  await panel.getByRole("button", { name: "Check again: Figures revised" }).click();
  const result = panel.getByRole("status", { name: "Check of Figures revised" });
  await expect(result).toContainText("The page's text changed since the archived copy.");
  const diff = result.getByLabel("What changed on Figures revised");
  await expect(diff.locator("del")).toContainText(["70.3"]);
  await expect(diff.locator("ins")).toContainText(["60"]);
  await expect(panel.getByText(/checked .*: the text changed/)).toBeVisible();
  const audit = new Audit(testInfo);
  await audit.check(page, "source-check-changes", { within: ".annotation-panel" });
  audit.finish();

  // A page that is not there yet: saved anyway, not archived with the reason, archived on retry.
  site.setPage("/not-yet", "<p>missing</p>", 404);
  await panel.getByRole("button", { name: "Add source" }).click();
  await panel.getByLabel("Source URL").fill(`${site.origin}/not-yet`);
  await panel.getByLabel("Source title").fill("Statement to come");
  await panel.getByRole("button", { name: "Add this source" }).click();
  await expect(panel.getByText("Not archived: The page is not there any more (404 Not Found).")).toBeVisible();
  site.setPage("/not-yet", newsPage("The statement", PHONE_DATA));
  await panel.getByRole("button", { name: "Try archiving again: Statement to come" }).click();
  await expect(panel.getByRole("link", { name: /^Archived .+, a copy of Statement to come/ })).toBeVisible();
  await expect(panel.getByRole("link", { name: "Statement to come", exact: true })).toBeVisible();
});
