import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/tests/factories";
import { startTestSite, type TestSite } from "@/tests/test-site";
import { db } from "../../db/client";
import { ForbiddenError, PayloadTooLargeError, ValidationError } from "../../errors/domain-error";
import { claimSearchQuerySchema } from "../../validation/claim-schemas";
import { matchText } from "../find-matches";
import { searchClaims } from "../search-claims";
import { importClaimReviews } from "./import-claim-reviews";
import { importFromWeb } from "./import-from-web";
import { jsonLdBlocks } from "./page-markup";
import { mappedRating, MAX_IMPORTED_REVIEWS, readClaimReviews } from "./read-claim-reviews";

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(async () => {
  await site.close();
  await db.$disconnect();
});

const review = (claim: string, extra: object = {}) => ({
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url: "https://checkers.example/reviews/1",
  claimReviewed: claim,
  datePublished: "2025-03-04",
  author: { "@type": "Organization", name: "Checkers Weekly" },
  reviewRating: { "@type": "Rating", ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: "Mostly <b>false</b>" },
  itemReviewed: { "@type": "Claim", author: { "@type": "Person", name: "Senator Grell" }, appearance: { "@type": "CreativeWork", url: "https://news.example/a" } },
  ...extra,
});

describe("reading others' ClaimReviews", () => {
  it("finds every ClaimReview in a document, as plain text, with the desk's rating its scale maps onto", () => {
    const [read] = readClaimReviews({ "@graph": [{ "@type": "WebPage" }, review("The <em>bridge</em> cost &amp; 4 billion euros.")] }, new Date("2026-01-01"));
    expect(read).toEqual({
      claim: "The bridge cost & 4 billion euros.",
      publisher: "Checkers Weekly",
      url: "https://checkers.example/reviews/1",
      reviewedAt: new Date("2025-03-04"),
      ratingLabel: "Mostly false",
      rating: "MOSTLY_FALSE",
      claimant: "Senator Grell",
      appearance: "https://news.example/a",
    });
    expect(mappedRating({ ratingValue: 1, bestRating: 6, worstRating: 1 })).toBe("FALSE");
    expect(mappedRating({ ratingValue: "6", bestRating: "6", worstRating: "1" })).toBe("TRUE");
    expect(mappedRating({ alternateName: "Mostly True" })).toBe("MOSTLY_TRUE");
    expect(mappedRating({ alternateName: "Pants on Fire" })).toBeNull();
    // A feed names its publisher once; javascript: is no address.
    expect(readClaimReviews({ publisher: { name: "Other Desk" }, items: [{ ...review("X rose."), author: undefined, url: "javascript:alert(1)" }] })[0]).toMatchObject({ publisher: "Other Desk", url: null });
  });

  it("refuses a document with no review, a review without its claim or reviewer, and more reviews than one import takes", () => {
    expect(() => readClaimReviews({ "@type": "NewsArticle" })).toThrow(/holds no ClaimReview/);
    expect(() => readClaimReviews([review("Fine."), review("", {})])).toThrow(/The 2nd ClaimReview does not say which claim/);
    expect(() => readClaimReviews(review("Who?", { author: undefined }))).toThrow(/who reviewed it/);
    expect(() => readClaimReviews(Array.from({ length: MAX_IMPORTED_REVIEWS + 1 }, (_, i) => review(`Claim ${i}`)))).toThrow(PayloadTooLargeError);
  });

  it("reads a page's JSON-LD blocks, passing over a broken one", () => {
    const html = `<html><head><script type="application/ld+json">{broken</script><script type="application/ld+json">${JSON.stringify(review("A."))}</script><script>var x = 1;</script></head></html>`;
    expect(jsonLdBlocks(html)).toEqual([review("A.")]);
  });
});

describe("importing others' checks into the memory", () => {
  it("adds them as checked by their publisher, apart from the desk's own, once, and only for editors", async () => {
    const editor = await createUser("EDITOR");
    const annotator = await createUser("ANNOTATOR");
    const marker = `Brenhollow${Date.now()}`;
    const reviews = readClaimReviews(review(`The ${marker} bridge cost 4 billion euros to build.`));
    await expect(importClaimReviews(annotator, reviews, { kind: "file", name: "x.json" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await importClaimReviews(editor, reviews, { kind: "file", name: "x.json" })).toEqual({ imported: 1, alreadyKnown: 0, publishers: ["Checkers Weekly"] });
    expect(await importClaimReviews(editor, reviews, { kind: "file", name: "x.json" })).toEqual({ imported: 0, alreadyKnown: 1, publishers: ["Checkers Weekly"] });

    const [match] = await matchText({ text: `Building the ${marker} bridge cost 4 billion euros`, kind: "CLAIM" });
    expect(match).toMatchObject({ origin: "IMPORTED", checkedBy: "Checkers Weekly", annotationId: null, ratingLabel: "Mostly false", rating: "MOSTLY_FALSE" });
    const search = (origin: string) => searchClaims(annotator, claimSearchQuerySchema.parse({ q: marker, origin }));
    expect((await search("desk")).results).toEqual([]);
    expect((await search("imported")).results).toEqual([expect.objectContaining({ origin: "imported", checkedBy: "Checkers Weekly", claimant: "Senator Grell", verdict: { rating: "MOSTLY_FALSE", label: "Mostly false", reviewedAt: "2025-03-04" } })]);
    expect(await db.activity.count({ where: { actorId: editor.id, action: "claims.imported" } })).toBe(2);
  });

  it("fetches a page's markup or a whole Factmark feed, and refuses a page with none and an oversized feed, importing nothing", async () => {
    const editor = await createUser("EDITOR");
    const marker = `Quillmoor${Date.now()}`;
    site.setPage("/fact-check", `<html><head><script type="application/ld+json">${JSON.stringify(review(`The ${marker} dam holds 3 billion litres.`))}</script></head><body>A check.</body></html>`);
    expect(await importFromWeb(editor, `${site.origin}/fact-check`)).toMatchObject({ imported: 1 });

    const feedPage = (n: number, next: string | null) =>
      JSON.stringify({ "@context": "https://schema.org", publisher: { "@type": "Organization", name: "Another Desk" }, page: n, pages: 2, total: 2, next, items: [{ ...review(`${marker} claim ${n}.`), author: undefined, url: `https://another.example/p/x#item-${n}` }] });
    // The test site answers by path: the second page sits at its own path.
    site.setPage("/p/feed.json", feedPage(1, `${site.origin}/p/feed-2.json`), 200, "application/json; charset=utf-8");
    site.setPage("/p/feed-2.json", feedPage(2, null), 200, "application/json; charset=utf-8");
    expect(await importFromWeb(editor, `${site.origin}/p/feed.json`)).toEqual({ imported: 2, alreadyKnown: 0, publishers: ["Another Desk"] });

    const before = await db.checkedClaim.count({ where: { origin: "IMPORTED" } });
    site.setPage("/no-markup", "<html><body><p>Just words.</p></body></html>");
    await expect(importFromWeb(editor, `${site.origin}/no-markup`)).rejects.toThrow(/no JSON-LD markup/);
    site.setPage("/big-feed.json", JSON.stringify({ page: 1, pages: 200, total: 10_000, next: `${site.origin}/big-feed-2.json`, items: [review("One.")] }), 200, "application/json");
    await expect(importFromWeb(editor, `${site.origin}/big-feed.json`)).rejects.toThrow(PayloadTooLargeError);
    site.setPage("/broken.json", "{ not json", 200, "application/json");
    await expect(importFromWeb(editor, `${site.origin}/broken.json`)).rejects.toThrow(ValidationError);
    expect(await db.checkedClaim.count({ where: { origin: "IMPORTED" } })).toBe(before);
  });
});
