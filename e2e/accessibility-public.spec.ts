import { type APIRequestContext, type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { Audit } from "./accessibility-audit";
import { apiAs, openAs, uniqueEmail } from "./helpers";

/**
 * WCAG 2.2 AA on the pages around the desk: signing in, not found, the admin's pages and what a
 * reader without an account sees (the public page and its embeddable card), in both themes and
 * reflowed to 320 px; and a newcomer's way from the dashboard to every main feature in two clicks.
 * The desk's own pages are in accessibility-desk.spec.ts.
 */

const TEXT = "The agency recorded 70.3 million pieces of French telephone data in a month, Le Monde reported. Officials would not comment.";
const CLAIM = "The agency recorded 70.3 million pieces of French telephone data";

/** A story of its own with one approved claim, published; its public address. */
async function publishedStory(annotator: APIRequestContext, editor: APIRequestContext) {
  const title = `Accessible public ${uniqueEmail("p").split("@")[0]}`;
  const { id: storyId } = await (await editor.post("/api/stories", { data: { title } })).json();
  const made = await annotator.post(`/api/stories/${storyId}/articles`, { multipart: { title: "Telephone data", outlet: "Wire", text: TEXT, format: "text" } });
  expect(made.status(), await made.text()).toBe(201);
  const articleId = (await made.json()).id;
  const start = TEXT.indexOf(CLAIM);
  const claim = await (await annotator.post(`/api/articles/${articleId}/annotations`, { data: { kind: "CLAIM", start, end: start + CLAIM.length, exact: CLAIM } })).json();
  const submitted = await (await annotator.post(`/api/annotations/${claim.id}/review`, { data: { action: "SUBMIT", version: claim.version } })).json();
  const approved = await editor.post(`/api/annotations/${claim.id}/review`, { data: { action: "APPROVE", version: submitted.version, verdict: { kind: "CLAIM", rating: "MOSTLY_TRUE" } } });
  expect(approved.ok(), await approved.text()).toBe(true);
  const { basedOn } = await (await editor.get(`/api/reports/story/${storyId}/publications/preview`)).json();
  const published = await editor.post(`/api/reports/story/${storyId}/publications`, { data: { basedOn } });
  expect(published.status(), await published.text()).toBe(201);
  return { storyId, title, path: new URL((await published.json()).url).pathname };
}

test("signing in, not found, the admin's pages and the public page and card meet WCAG 2.2 AA in both themes and reflow to 320 px", async ({ browser, playwright }, testInfo) => {
  test.setTimeout(300_000);
  const annotator = await apiAs(playwright, "annotator");
  const editor = await apiAs(playwright, "editor");
  const story = await publishedStory(annotator, editor);
  const audit = new Audit(testInfo);

  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/login");
  await expect(reader.getByRole("heading", { level: 1 })).toBeVisible();
  await audit.check(reader, "sign-in", { reflow: true });
  await reader.getByRole("button", { name: "Sign in" }).click();
  await expect(reader.getByRole("alert").filter({ hasText: "Enter your email and password." })).toBeVisible();
  await audit.check(reader, "sign-in-error");
  await reader.goto("/no-such-page");
  await expect(reader.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  await audit.check(reader, "not-found", { reflow: true });
  await reader.goto(story.path);
  await expect(reader.getByRole("heading", { level: 1, name: story.title })).toBeVisible();
  await audit.check(reader, "public-page", { reflow: true });
  await reader.goto(`${story.path}/claims/1/embed`);
  await expect(reader.getByText(CLAIM)).toBeVisible();
  await audit.check(reader, "public-embed-card", { reflow: true });
  await reader.context().close();

  const admin = await (await browser.newContext()).newPage();
  for (const [name, address, heading] of [
    ["admin-users", "/admin/users", /Users/],
    ["admin-settings", "/admin/settings", /Settings/],
    ["admin-jobs", "/admin/jobs", /Background work/],
  ] as const) {
    await openAs(admin, "admin", address);
    await expect(admin.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await audit.check(admin, name, { reflow: true });
  }
  await admin.context().close();

  audit.finish();
  await annotator.dispose();
  await editor.dispose();
});

/** Follows links from the dashboard, breadth first, and says how many it took to reach each page. */
async function clicksFromDashboard(page: Page, wanted: Record<string, RegExp>): Promise<Record<string, number>> {
  const found: Record<string, number> = {};
  const origin = new URL(page.url()).origin;
  const linksOn = () =>
    page.getByRole("link").evaluateAll((links, here) => [...new Set(links.map((link) => (link as HTMLAnchorElement).href).filter((href) => href.startsWith(here)))], origin);
  const note = (address: string, clicks: number) => {
    for (const [feature, pattern] of Object.entries(wanted)) if (!(feature in found) && pattern.test(new URL(address).pathname)) found[feature] = clicks;
  };
  const first = await linksOn();
  first.forEach((address) => note(address, 1));
  // The second click: from every page one click away that leads somewhere still missing.
  for (const address of first) {
    if (Object.keys(found).length === Object.keys(wanted).length) break;
    if (/\/(edit|import|history|versions)$|\/login/.test(address)) continue;
    await page.goto(address);
    (await linksOn()).forEach((next) => note(next, 2));
  }
  return found;
}

test("a newcomer reaches every main feature within two clicks of the dashboard", async ({ page, playwright }) => {
  const editor = await apiAs(playwright, "editor");
  const annotator = await apiAs(playwright, "annotator");
  await publishedStory(annotator, editor);
  await openAs(page, "admin", "/");
  const found = await clicksFromDashboard(page, {
    story: /^\/stories\/[^/]+\/(report|ledger)$/,
    article: /^\/articles\/[^/]+$/,
    "review queue": /^\/review$/,
    inbox: /^\/inbox$/,
    "ledger (the story's facts and claims)": /^\/stories\/[^/]+\/ledger$/,
    report: /^\/(stories|articles)\/[^/]+\/report$/,
    // The story's report holds the publishing panel ("Public page"), checked below.
    publishing: /^\/stories\/[^/]+\/report$/,
    "my work": /^\/my-work$/,
    "checked claims": /^\/claims$/,
    "importing an article": /^\/stories\/[^/]+\/import$/,
    "correcting the text": /^\/articles\/[^/]+\/edit$/,
    "versions and their changes": /^\/articles\/[^/]+\/versions$/,
    "users (admin)": /^\/admin\/users$/,
    "settings (admin)": /^\/admin\/settings$/,
    "background work (admin)": /^\/admin\/jobs$/,
  });
  const missing = ["story", "article", "review queue", "inbox", "ledger (the story's facts and claims)", "report", "publishing", "my work", "checked claims", "importing an article", "correcting the text", "versions and their changes", "users (admin)", "settings (admin)", "background work (admin)"].filter((feature) => !(feature in found));
  expect(missing, `not within two clicks: ${missing.join(", ")}`).toEqual([]);
  for (const clicks of Object.values(found)) expect(clicks).toBeLessThanOrEqual(2);
  await page.goto("/");
  await page.getByRole("link", { name: "Story report" }).first().click();
  await expect(page.getByRole("region", { name: "Public page" })).toBeVisible();
  await editor.dispose();
  await annotator.dispose();
});
