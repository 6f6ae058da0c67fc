import { expect, test, type APIRequestContext } from "@playwright/test";
import { startTestSite, type TestSite } from "../tests/test-site";
import { selectText } from "./annotate-helpers";
import { DEMO, signIn, signInApi } from "./helpers";

let site: TestSite;
test.beforeAll(async () => {
  site = await startTestSite();
});
test.afterAll(() => site.close());

async function api(playwright: { request: { newContext(o: object): Promise<APIRequestContext> } }, baseURL: string | undefined, email: string) {
  const context = await playwright.request.newContext({ baseURL });
  expect((await signInApi(context, email)).ok()).toBe(true);
  return context;
}

/** A made-up name no other test uses, in letters only: the claims of this run are the only ones that hold it. */
const marker = () => `Quor${Date.now().toString(36).replace(/\d/g, (d) => "abcdefghij"[Number(d)])}`;

const claimReview = (claim: string) => ({
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url: "https://checkers.example/reviews/tax-returns",
  claimReviewed: claim,
  datePublished: "2025-06-01",
  author: { "@type": "Organization", name: "Checkers Weekly" },
  reviewRating: { "@type": "Rating", ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: "False" },
});

test("an approved claim in one story is offered when the same claim is annotated in another, its denial is not; linking carries the verdict as a proposal; /claims finds it; imports work and a bad one is refused", async ({ page, browser, playwright, baseURL }) => {
  test.setTimeout(180_000);
  const M = marker();
  const annotator = await api(playwright, baseURL, DEMO.annotator);
  const editor = await api(playwright, baseURL, DEMO.editor);
  const story = async (title: string) => (await (await editor.post("/api/stories", { data: { title } })).json()).id as string;
  const article = async (storyId: string, title: string, text: string) => {
    const made = await annotator.post(`/api/stories/${storyId}/articles`, { multipart: { title, outlet: "Wire", text, format: "text" } });
    expect(made.status()).toBe(201);
    return (await annotator.get(`/api/articles/${(await made.json()).id}`)).json();
  };
  const approve = async (doc: { id: string; text: string }, words: string, rating: string) => {
    const start = doc.text.indexOf(words);
    const made = await (await annotator.post(`/api/articles/${doc.id}/annotations`, { data: { kind: "CLAIM", start, end: start + words.length, exact: words } })).json();
    const submitted = await (await annotator.post(`/api/annotations/${made.id}/review`, { data: { action: "SUBMIT", version: made.version } })).json();
    const approved = await editor.post(`/api/annotations/${made.id}/review`, { data: { action: "APPROVE", version: submitted.version, verdict: { kind: "CLAIM", rating } } });
    expect(approved.ok()).toBe(true);
    return made.id as string;
  };

  // Story A: the claim, checked "Mostly true"; and its denial, checked "False".
  const storyA = await story(`Tax returns ${M}`);
  const claimWords = `The ${M} ministry recorded 41.2 million tax returns in 2025`;
  const denialWords = `The ${M} ministry did not record 41.2 million tax returns in 2025`;
  const earlier = await approve(await article(storyA, `Ministry figures ${M}`, `${claimWords}, officials said on Monday.`), claimWords, "MOSTLY_TRUE");
  await approve(await article(storyA, `Ministry answer ${M}`, `${denialWords}, a spokesman insisted.`), denialWords, "FALSE");

  // Story B: another outlet retells the same claim.
  const storyBTitle = `Ministry story ${M}`;
  const storyB = await story(storyBTitle);
  const retold = `more than 41 million tax returns were recorded by the ${M} ministry in 2025`;
  const later = await article(storyB, `Returns retold ${M}`, `Officials say ${retold}, according to a leaked memo.`);

  // The annotator tags it: the panel offers the earlier check, best first, with its verdict, and not the denial.
  await signIn(page, DEMO.annotator);
  await page.goto(`/articles/${later.id}`);
  await expect(page.locator("[data-editor-ready] .ProseMirror")).toBeVisible();
  await selectText(page, retold);
  await page.keyboard.press("c");
  const panel = page.getByRole("region", { name: new RegExp(`“${retold}”`) });
  const checked = panel.getByRole("region", { name: "Checked before" });
  const offered = checked.getByRole("list", { name: /earlier checks, closest first/ }).getByRole("listitem");
  await expect(offered.first()).toContainText(claimWords);
  await expect(offered.first()).toContainText("Mostly true");
  await expect(offered.first().getByRole("link", { name: `Tax returns ${M}` })).toBeVisible();
  await expect(checked).not.toContainText("did not record");

  // The API says the same: best first, never the annotation's own story, the denial left out.
  const { annotations } = await (await annotator.get(`/api/articles/${later.id}/annotations`)).json();
  const mine = annotations.find((a: { exact: string }) => a.exact === retold);
  const { matches } = await (await annotator.get(`/api/annotations/${mine.id}/matches`)).json();
  expect(matches[0]).toMatchObject({ annotationId: earlier, storyId: storyA, exact: claimWords, verdict: { rating: "MOSTLY_TRUE" } });
  expect(matches[0].score).toBeGreaterThan(0.5);
  expect(matches.every((m: { storyId: string; exact: string }) => m.storyId !== storyB && !m.exact.includes("did not"))).toBe(true);
  expect((await annotator.get(`/api/claims?q=${M}&page=0`)).status()).toBe(400);

  // One action links it; the link shows in the panel; the annotator submits it.
  await offered.first().getByRole("button", { name: `Same claim as “${claimWords}”` }).click();
  await expect(checked.getByRole("group", { name: "Same claim as" })).toContainText(claimWords);
  await expect(checked.getByRole("group", { name: "Same claim as" })).toContainText("Mostly true");
  await panel.getByRole("button", { name: "Submit for review…" }).click();
  await panel.getByRole("button", { name: "Confirm: submit for review" }).click();
  await expect(panel.getByText("Status: Submitted")).toBeVisible();

  // The editor approves: the earlier verdict is proposed, and the editor still confirms it.
  const editorPage = await (await browser.newContext()).newPage();
  await signIn(editorPage, DEMO.editor);
  await editorPage.goto(`/articles/${later.id}`);
  await editorPage.getByRole("list", { name: "Annotations in document order" }).getByRole("button", { name: new RegExp(retold) }).click();
  const editorPanel = editorPage.getByRole("region", { name: new RegExp(`“${retold}”`) });
  await editorPanel.getByRole("button", { name: "Approve…" }).click();
  await expect(editorPanel.getByLabel("Rating")).toHaveValue("MOSTLY_TRUE");
  await expect(editorPanel.getByText(/Proposed from the earlier check of the same claim/)).toBeVisible();
  await editorPanel.getByRole("button", { name: "Confirm: approve" }).click();
  await expect(editorPanel.getByText("Status: Approved")).toBeVisible();
  await expect(editorPanel.getByText("Verdict: Mostly true")).toBeVisible();

  // /claims, from the header: the desk's checks, found by words, narrowed by rating.
  await editorPage.getByRole("link", { name: "Checked claims" }).click();
  await expect(editorPage.getByRole("heading", { level: 1, name: "Checked claims" })).toBeVisible();
  const search = editorPage.getByRole("form", { name: "Search the checked claims" });
  await search.getByLabel("Words").fill(`${M} tax returns`);
  await search.getByRole("button", { name: "Search" }).click();
  const results = editorPage.getByRole("list", { name: "Checked by this desk" }).getByRole("listitem");
  await expect(results).toHaveCount(3);
  await expect(results.filter({ hasText: retold })).toContainText("Mostly true");
  await search.getByLabel("Rating").selectOption({ label: "Claim: False" });
  await search.getByRole("button", { name: "Search" }).click();
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText(denialWords);
  await editorPage.goto(`/claims?q=${M}&to=2000-01-01`);
  await expect(editorPage.getByText("No check matches these words and filters.")).toBeVisible();

  // Imports: a ClaimReview file joins the memory as the publisher's; a malformed one is refused and imports nothing.
  const imports = editorPage.getByRole("region", { name: "Import other publishers’ checks" });
  await imports.getByLabel("ClaimReview file (.json or .jsonld, up to 2 MB)").setInputFiles({ name: "review.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(claimReview(`The ${M} ministry lost 3 million tax returns`))) });
  await imports.getByRole("button", { name: "Import the file" }).click();
  await expect(imports.getByRole("status")).toHaveText("Imported 1 review from Checkers Weekly.");
  await imports.getByLabel("ClaimReview file (.json or .jsonld, up to 2 MB)").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{ not json") });
  await imports.getByRole("button", { name: "Import the file" }).click();
  await expect(imports.getByRole("form", { name: "Import a ClaimReview file" }).getByRole("alert")).toContainText("is not valid JSON or JSON-LD: nothing was imported");

  // A fact-check page's markup, fetched; a page with none and an oversized feed are refused.
  site.setPage("/fact-check", `<html><head><script type="application/ld+json">${JSON.stringify(claimReview(`The ${M} ministry hired 900 tax inspectors`))}</script></head><body>Our check.</body></html>`);
  site.setPage("/no-markup", "<html><body><p>No markup here.</p></body></html>");
  site.setPage("/p/feed.json", JSON.stringify({ page: 1, pages: 300, total: 15_000, next: `${site.origin}/p/feed.json?page=2`, items: [claimReview(`The ${M} ministry closed 12 offices`)] }), 200, "application/json");
  await imports.getByLabel(/Address of a fact-check page/).fill(`${site.origin}/fact-check`);
  await imports.getByRole("button", { name: "Import from the address" }).click();
  await expect(imports.getByRole("status")).toHaveText("Imported 1 review from Checkers Weekly.");
  await imports.getByLabel(/Address of a fact-check page/).fill(`${site.origin}/no-markup`);
  await imports.getByRole("button", { name: "Import from the address" }).click();
  await expect(imports.getByRole("form", { name: "Import from a web address" }).getByRole("alert")).toContainText("no JSON-LD markup");
  const oversized = await editor.post("/api/claims/imports/web", { data: { url: `${site.origin}/p/feed.json` } });
  expect(oversized.status()).toBe(413);
  expect((await oversized.json()).error).toMatch(/15,000 reviews/);
  expect((await annotator.post("/api/claims/imports/web", { data: { url: `${site.origin}/fact-check` } })).status()).toBe(403);

  // Imported checks stand apart from the desk's: "checked by" their publisher, under other publishers.
  await editorPage.goto(`/claims?q=${M}&origin=imported`);
  const theirs = editorPage.getByRole("list", { name: "Checked by other publishers" }).getByRole("listitem");
  await expect(theirs).toHaveCount(2);
  await expect(theirs.first()).toContainText("checked by Checkers Weekly");
  await editorPage.goto(`/claims?q=${M}`);
  await expect(editorPage.getByRole("list", { name: "Checked by this desk" }).getByRole("listitem")).toHaveCount(3);
  await editorPage.context().close();
});
