import { expect, test } from "./fixtures";
import { apiAs, openAs, uniqueEmail } from "./helpers";

const TEXT = "The NSA recorded 70.3 million pieces of French telephone data in a month, Le Monde reported. Officials would not comment.";
const CLAIM = "The NSA recorded 70.3 million pieces of French telephone data";
// playwright.config.ts starts a second instance of the same build on E2E_PORT_2, sharing the database.
const secondInstance = `http://localhost:${process.env.E2E_PORT_2}`;

test("an editor publishes an approved claim; a reader without an account sees it with ClaimReview markup; republished with a note; withdrawn with 410", async ({ page, browser, playwright }) => {
  test.setTimeout(90_000);
  const annotator = await apiAs(playwright, "annotator");
  const editor = await apiAs(playwright, "editor");
  const title = `Published ${uniqueEmail("p").split("@")[0]}`;
  const { id: storyId } = await (await editor.post("/api/stories", { data: { title } })).json();
  const made = await annotator.post(`/api/stories/${storyId}/articles`, { multipart: { title: "NSA and France", outlet: "Wire", text: TEXT, format: "text" } });
  const article = await (await annotator.get(`/api/articles/${(await made.json()).id}`)).json();
  const tag = async (words: string) => {
    const start = article.text.indexOf(words);
    return (await annotator.post(`/api/articles/${article.id}/annotations`, { data: { kind: "CLAIM", start, end: start + words.length, exact: words } })).json();
  };
  const claim = await tag(CLAIM);
  const submitted = await (await annotator.post(`/api/annotations/${claim.id}/review`, { data: { action: "SUBMIT", version: claim.version } })).json();
  const approval = await editor.post(`/api/annotations/${claim.id}/review`, { data: { action: "APPROVE", version: submitted.version, verdict: { kind: "CLAIM", rating: "MOSTLY_TRUE" } } });
  expect(approval.ok()).toBe(true);

  await openAs(page, "editor", `/stories/${storyId}/report`);
  const panel = page.getByRole("region", { name: "Public page" });
  await expect(panel).toContainText("Not published");
  await expect(panel).toContainText("Publishing puts out 1 approved item from 1 article");
  await panel.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(panel.getByRole("status")).toContainText("Published as update 1");
  const address = await panel.getByRole("link", { name: /\/p\// }).getAttribute("href");
  const path = new URL(address!).pathname;

  // Work after publishing stays inside Factmark until an editor publishes again.
  const later = await tag("Officials would not comment");

  const reader = await (await browser.newContext()).newPage();
  const response = await reader.goto(path);
  expect(response!.status()).toBe(200);
  expect(response!.headers()["x-frame-options"]).toBe("DENY");
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  const item = reader.getByRole("listitem").filter({ hasText: "Claim 1" });
  await expect(item).toContainText(CLAIM);
  await expect(item).toContainText("Verdict: Mostly true");
  await expect(reader.getByText("Officials would not comment", { exact: false })).toHaveCount(0);
  // Another outlet's article is quoted, not republished: the claim in its sentence, marked.
  await expect(item.locator(".quote")).toHaveText(`“${CLAIM} in a month, Le Monde reported.”`);
  await expect(item.locator(".quote .mark.claim")).toHaveText(CLAIM);
  const jsonLd = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd["@context"]).toBe("https://schema.org");
  expect(jsonLd["@graph"]).toHaveLength(1);
  expect(jsonLd["@graph"][0]).toMatchObject({
    "@type": "ClaimReview",
    claimReviewed: CLAIM,
    url: expect.stringContaining(`${path}#item-1`),
    datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    author: { "@type": "Organization", name: expect.any(String) },
    reviewRating: { "@type": "Rating", ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: "Mostly true" },
    itemReviewed: { "@type": "Claim", appearance: { "@type": "CreativeWork", headline: "NSA and France" } },
  });
  await expect(reader.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${path}$`));
  await expect(reader.locator('meta[property="og:title"]')).toHaveAttribute("content", `Fact-check: ${title}`);
  const card = await reader.request.get(`${path}/claims/1/embed`);
  expect(card.status()).toBe(200);
  expect(card.headers()["x-frame-options"]).toBeUndefined();
  expect(card.headers()["content-security-policy"]).toContain("frame-ancestors *");

  // The feed on the other instance has the publication in its very next answer, first, gzipped for a browser, with an ETag.
  const feed = await reader.request.get(`${secondInstance}/p/feed.json`, { headers: { "accept-encoding": "gzip" } });
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-encoding"]).toBe("gzip");
  expect((await feed.json()).items[0]).toMatchObject({ "@type": "ClaimReview", claimReviewed: CLAIM, url: expect.stringContaining(`${path}#item-1`) });
  const etag = feed.headers().etag;
  expect((await reader.request.get(`${secondInstance}/p/feed.json?page=1`, { headers: { "if-none-match": etag } })).status()).toBe(304);

  // Approved while the editor's panel shows the report without it: publishing what they did not see is refused, saying what changed.
  const laterSubmitted = await (await annotator.post(`/api/annotations/${later.id}/review`, { data: { action: "SUBMIT", version: later.version } })).json();
  expect((await editor.post(`/api/annotations/${later.id}/review`, { data: { action: "APPROVE", version: laterSubmitted.version, verdict: { kind: "CLAIM", rating: "UNVERIFIABLE" } } })).ok()).toBe(true);
  await panel.getByLabel("Public note on what changed").fill("Corrected the figure for daily calls");
  await panel.getByRole("button", { name: "Publish again" }).click();
  await expect(panel.getByRole("alert")).toContainText("The report changed since you looked at it: added “Officials would not comment”");
  await expect(panel).toContainText("Publishing puts out 2 approved items");
  await panel.getByRole("button", { name: "Publish again" }).click();
  await expect(panel.getByRole("status")).toContainText("Published as update 2");
  await reader.reload();
  await expect(reader.getByRole("region", { name: "Corrections and updates" })).toContainText("Corrected the figure for daily calls");
  await expect(reader.getByRole("listitem").filter({ hasText: "Claim 2" })).toContainText("Officials would not comment");

  page.once("dialog", (dialog) => void dialog.accept());
  await panel.getByRole("button", { name: "Unpublish" }).click();
  await expect(panel.getByRole("status")).toContainText("withdrawn");
  const gone = await reader.goto(path);
  expect(gone!.status()).toBe(410);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("This fact-check was withdrawn");
  const after = await reader.request.get(`${secondInstance}/p/feed.json`, { headers: { "if-none-match": etag } });
  expect(after.status()).toBe(200);
  expect(JSON.stringify((await after.json()).items)).not.toContain(`${path}#`);
  await reader.context().close();
});

test("only editors publish, and an address never published is a plain 404", async ({ page, playwright }) => {
  const annotator = await apiAs(playwright, "annotator");
  const { stories } = await (await annotator.get("/api/stories")).json();
  const refused = await annotator.post(`/api/reports/story/${stories[0].id}/publications`, { data: {} });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error).toMatch(/editors and admins/);
  expect((await page.request.post(`/api/reports/story/${stories[0].id}/publications`, { data: {} })).status()).toBe(401);
  const missing = await page.request.get("/p/no-such-fact-check");
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain("No fact-check here");
  const feed = await page.request.get("/p/feed.json?page=0");
  expect(feed.status()).toBe(400);
  expect((await (await page.request.get("/p/feed.json")).json())["@context"]).toBe("https://schema.org");
});
