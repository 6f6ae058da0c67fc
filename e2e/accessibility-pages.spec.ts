import { expect, test } from "./fixtures";
import { Audit } from "./accessibility-audit";
import { HOLLANDE, demoCopy } from "./demo-articles";
import { apiAs, openAs } from "./helpers";

/**
 * WCAG 2.2 AA on the desk's list pages as an editor sees them (the dashboard, the story's own page, its report,
 * history and import, the review queue, my work, the checked claims, the inbox with a mention in it, the account, a
 * page not found), in both themes and reflowed to 320 px. The article's pages are in
 * accessibility-desk.spec.ts, which runs beside this one.
 */

const CLAIM = "some of which have distorted our activities";

test("the dashboard, the story's pages, the review queue, my work, the inbox and the account meet WCAG 2.2 AA in both themes and reflow to 320 px", async ({ page, playwright }, testInfo) => {
  test.setTimeout(300_000);
  const editor = await apiAs(playwright, "editor");
  const annotator = await apiAs(playwright, "annotator");
  const copy = await demoCopy(editor, [HOLLANDE], "Accessible pages");
  const article = copy.articles[HOLLANDE];
  const start = article.text.indexOf(CLAIM);
  const claim = await (await annotator.post(`/api/articles/${article.id}/annotations`, { data: { kind: "CLAIM", start, end: start + CLAIM.length, exact: CLAIM } })).json();
  const submitted = await annotator.post(`/api/annotations/${claim.id}/review`, { data: { action: "SUBMIT", version: claim.version } });
  expect(submitted.ok(), await submitted.text()).toBe(true);
  const { id: editorId } = (await (await editor.get("/api/auth/session")).json()).user;
  const mention = await annotator.post(`/api/annotations/${claim.id}/comments`, { data: { body: "Which activities, @Eddie Editor?", mentions: [editorId] } });
  expect(mention.status(), await mention.text()).toBe(201);
  const audit = new Audit(testInfo);

  await openAs(page, "editor", "/");
  await expect(page.getByRole("heading", { level: 2, name: copy.storyTitle })).toBeVisible();
  await audit.check(page, "dashboard", { reflow: true });
  for (const [name, address, heading] of [
    ["story", `/stories/${copy.storyId}`, copy.storyTitle],
    ["story-report", `/stories/${copy.storyId}/report`, /^Verification report/],
    ["story-history", `/stories/${copy.storyId}/history`, /^History of/],
    ["import", `/stories/${copy.storyId}/import`, /^Import an article/],
    ["review-queue", "/review", "Review queue"],
    ["my-work", "/my-work", "My work"],
    ["checked-claims", "/claims", "Checked claims"],
    ["inbox", "/inbox", "Inbox"],
    ["account", "/account", "Account"],
    ["not-found-signed-in", "/stories/no-such-story/report", "Not found"],
  ] as const) {
    await page.goto(address);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await audit.check(page, name, { reflow: true });
  }

  audit.finish();
  await editor.dispose();
  await annotator.dispose();
});
