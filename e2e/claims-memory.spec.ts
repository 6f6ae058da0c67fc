import { expect, test } from "./fixtures";
import { startTestSite, type TestSite } from "../tests/test-site";
import { selectText } from "./annotate-helpers";
import { apiAs, openAs } from "./helpers";

let site: TestSite;
test.beforeAll(async () => {
  site = await startTestSite();
});
test.afterAll(() => site.close());

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

// Everything around the journey (stories, approvals, imports) goes through the API; the browser
// is kept for what a person sees: the offer in the panel, the link, and the editor's proposal.
test("an approved claim in one story is offered when the same claim is suggested, then annotated, in another, its denial is not; linking carries the verdict as a proposal; bad imports are refused and import nothing", async ({ page, playwright }) => {
  // Two people's pages and a dozen writes: about 60 s at a load average of 25 on two cores.
  test.setTimeout(120_000);
  const M = marker();
  const annotator = await apiAs(playwright, "annotator");
  const editor = await apiAs(playwright, "editor");
  const story = async (title: string) => (await (await editor.post("/api/stories", { data: { title } })).json()).id as string;
  const article = async (storyId: string, title: string, text: string) => {
    const made = await annotator.post(`/api/stories/${storyId}/articles`, { multipart: { title, outlet: "Wire", text, format: "text" } });
    expect(made.status()).toBe(201);
    return (await annotator.get(`/api/articles/${(await made.json()).id}`)).json();
  };
  const submit = async (id: string, version: number) => (await (await annotator.post(`/api/annotations/${id}/review`, { data: { action: "SUBMIT", version } })).json()).version as number;
  const approve = async (doc: { id: string; text: string }, words: string, rating: string) => {
    const start = doc.text.indexOf(words);
    const made = await (await annotator.post(`/api/articles/${doc.id}/annotations`, { data: { kind: "CLAIM", start, end: start + words.length, exact: words } })).json();
    const approved = await editor.post(`/api/annotations/${made.id}/review`, { data: { action: "APPROVE", version: await submit(made.id, made.version), verdict: { kind: "CLAIM", rating } } });
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
  const storyB = await story(`Ministry story ${M}`);
  const retold = `more than 41 million tax returns were recorded by the ${M} ministry in 2025`;
  const later = await article(storyB, `Returns retold ${M}`, `Officials say ${retold}, according to a leaked memo.`);

  // Before anyone tags it, the machine's suggestion of the claim says the desk checked it before:
  // the verdict, its day and story A, and the checks behind it; the page asks once for every listed suggestion.
  const lookups: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.endsWith("/suggestions/matches")) lookups.push(request.url());
  });
  await openAs(page, "annotator", `/articles/${later.id}`);
  await expect(page.locator("[data-editor-ready] .ProseMirror")).toBeVisible();
  const { suggestions } = await (await annotator.get(`/api/articles/${later.id}/suggestions`)).json();
  const suggested = suggestions.find((s: { kind: string; exact: string }) => s.kind === "CLAIM" && s.exact.includes("41 million tax returns"));
  expect(suggested, "the retold claim is suggested").toBeTruthy();
  expect(suggestions.length, "more suggestions than the claim, to ask about at once").toBeGreaterThan(1);
  const words = suggested.exact.length > 50 ? `${suggested.exact.slice(0, 50)}…` : suggested.exact;
  const suggestion = page
    .getByRole("region", { name: /^Suggestions \(\d+\)$/ })
    .getByRole("listitem")
    .filter({ has: page.getByRole("button", { name: `Accept suggestion “${words}”` }) });
  const before = suggestion.getByRole("group", { name: `Checked before: “${words}”` });
  await expect(before).toContainText(/^Checked before: Mostly true \(\d{1,2} \w{3,4} \d{4}\), story Tax returns/);
  await expect(before).toContainText(`story Tax returns ${M}`);
  await expect(before).not.toContainText("did not record");
  await before.getByText("Checked before:", { exact: true }).click();
  const earlierChecks = before.getByRole("list", { name: `Earlier checks of “${words}”, closest first` }).getByRole("listitem");
  await expect(earlierChecks.first()).toContainText(claimWords);
  await expect(earlierChecks.first()).toContainText("Mostly true");
  await expect(earlierChecks.first().getByRole("link", { name: `Tax returns ${M}` })).toHaveAttribute("href", new RegExp(`\\?annotation=${earlier}$`));
  expect(lookups, "one request for the listed suggestions, not one each").toHaveLength(1);
  const asked = await (await annotator.post(`/api/articles/${later.id}/suggestions/matches`, { data: { spans: [{ start: suggested.start, end: suggested.end, kind: "CLAIM" }] } })).json();
  expect(asked.spans[0].matches[0]).toMatchObject({ annotationId: earlier, storyId: storyA, verdict: { rating: "MOSTLY_TRUE" } });
  const tooMany = Array.from({ length: 51 }, () => ({ start: suggested.start, end: suggested.end, kind: "CLAIM" }));
  const tooLarge = await annotator.post(`/api/articles/${later.id}/suggestions/matches`, { data: { spans: tooMany } });
  expect(tooLarge.status()).toBe(413);
  expect((await tooLarge.json()).error).toMatch(/at most 50 spans/);
  const outside = await annotator.post(`/api/articles/${later.id}/suggestions/matches`, { data: { spans: [{ start: 0, end: later.text.length + 1, kind: "CLAIM" }] } });
  expect(outside.status()).toBe(400);

  // The annotator tags it: the panel offers the earlier check, best first, with its verdict, and not the denial.
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

  // One action links it; the link shows in the panel.
  await offered.first().getByRole("button", { name: `Same claim as this: “${claimWords}”` }).click();
  const link = checked.getByRole("group", { name: "Same claim as" });
  await expect(link).toContainText(claimWords);
  await expect(link).toContainText("Mostly true");
  const linked = await (await annotator.get(`/api/annotations/${mine.id}`)).json();
  await submit(mine.id, linked.version);

  // The editor approves: the earlier verdict is proposed, and the editor still confirms it.
  const editorPage = page;
  await openAs(editorPage, "editor", `/articles/${later.id}`);
  await editorPage.getByRole("list", { name: "Annotations in document order" }).getByRole("button", { name: new RegExp(retold) }).click();
  const editorPanel = editorPage.getByRole("region", { name: new RegExp(`“${retold}”`) });
  await editorPanel.getByRole("button", { name: "Approve…" }).click();
  await expect(editorPanel.getByLabel("Rating")).toHaveValue("MOSTLY_TRUE");
  await expect(editorPanel.getByText(/Proposed from the earlier check of the same claim/)).toBeVisible();
  await editorPanel.getByRole("button", { name: "Confirm: approve" }).click();
  await expect(editorPanel.getByText("Verdict: Mostly true")).toBeVisible();

  // /claims holds the desk's three checks of it, found by their words.
  await editorPage.goto(`/claims?q=${M}`);
  const results = editorPage.getByRole("list", { name: "Checked by this desk" }).getByRole("listitem");
  await expect(results).toHaveCount(3);
  await expect(results.filter({ hasText: retold })).toContainText("Mostly true");
  expect((await annotator.get(`/api/claims?q=${M}&page=0`)).status()).toBe(400);

  // Bad imports: a malformed file, a page with no ClaimReview, an oversized feed; each a 4xx with its reason, and nothing imported.
  const importFile = (name: string, text: string) => editor.post("/api/claims/imports", { multipart: { file: { name, mimeType: "application/json", buffer: Buffer.from(text) } } });
  const importWeb = (path: string) => editor.post("/api/claims/imports/web", { data: { url: `${site.origin}${path}` } });
  const refused = async (answer: Awaited<ReturnType<typeof importWeb>>, status: number, reason: RegExp) => {
    expect(answer.status()).toBe(status);
    expect((await answer.json()).error).toMatch(reason);
  };
  site.setPage("/no-markup", "<html><body><p>No markup here.</p></body></html>");
  site.setPage("/p/feed.json", JSON.stringify({ page: 1, pages: 300, total: 15_000, next: `${site.origin}/p/feed.json?page=2`, items: [claimReview(`The ${M} ministry closed 12 offices`)] }), 200, "application/json");
  await refused(await importFile("broken.json", "{ not json"), 400, /is not valid JSON or JSON-LD: nothing was imported/);
  await refused(await importWeb("/no-markup"), 400, /no JSON-LD markup/);
  await refused(await importWeb("/p/feed.json"), 413, /15,000 reviews/);
  const imported = async () => (await (await editor.get(`/api/claims?q=${M}&origin=imported`)).json()).results.length as number;
  expect(await imported()).toBe(0);
  expect((await annotator.post("/api/claims/imports/web", { data: { url: `${site.origin}/no-markup` } })).status()).toBe(403);

  // A good file joins the memory as its publisher's, apart from the desk's own.
  expect((await importFile("review.json", JSON.stringify(claimReview(`The ${M} ministry lost 3 million tax returns`)))).status()).toBe(201);
  await editorPage.goto(`/claims?q=${M}&origin=imported`);
  const theirs = editorPage.getByRole("list", { name: "Checked by other publishers" }).getByRole("listitem");
  await expect(theirs).toHaveCount(1);
  await expect(theirs.first()).toContainText("checked by Checkers Weekly");
});
