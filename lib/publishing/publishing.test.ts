import { afterAll, describe, expect, it } from "vitest";
import { createArticle, createUser, publishAsPreviewed } from "@/tests/factories";
import { createAnnotation } from "../annotations/create-annotation";
import { addSource } from "../annotations/add-source";
import { updateAnnotation } from "../annotations/update-annotation";
import { createComment } from "../comments/write-comment";
import { db } from "../db/client";
import { ConflictError, ForbiddenError, ValidationError } from "../errors/domain-error";
import { markDeskOwned } from "../articles/mark-desk-owned";
import { assignAnnotation } from "../review/assign";
import { reviewAnnotation } from "../review/review-annotation";
import { previewPublication, publishReport, slugFrom, withdrawReport } from "./publish";
import { answerFeed, FEED_PAGE_SIZE } from "./public-feed";
import { answerEmbed, answerPublicPage } from "./serve-public";

afterAll(() => db.$disconnect());

type User = Awaited<ReturnType<typeof createUser>>;

/** An approved claim (submitted by its author, approved by an editor) with the verdict given. */
async function approvedClaim(annotator: User, editor: User, article: { id: string; text: string }, words: string, rating: "TRUE" | "FALSE" | "MISLEADING" = "FALSE", note = "") {
  const start = article.text.indexOf(words);
  const made = await createAnnotation(annotator, article.id, { kind: "CLAIM", start, end: start + words.length, exact: words, note });
  const submitted = await reviewAnnotation(annotator, made.id, { action: "SUBMIT", version: made.version });
  return reviewAnnotation(editor, made.id, { action: "APPROVE", version: submitted.version, verdict: { kind: "CLAIM", rating } });
}

async function desk() {
  const annotator = await createUser("ANNOTATOR");
  const editor = await createUser("EDITOR");
  const article = await createArticle([
    "The NSA recorded 70.3 million pieces of French telephone data in a month, Le Monde said.",
    "The White House said some reports had distorted its activities. A second claim stands here.",
  ]);
  return { annotator, editor, article, subject: { type: "article" as const, id: article.id } };
}

describe("publishing a report", () => {
  it("publishes a snapshot that later work does not change, and numbers each publication with its public note and changes", async () => {
    const { annotator, editor, article, subject } = await desk();
    const claim = await approvedClaim(annotator, editor, article, "The NSA recorded 70.3 million pieces of French telephone data", "TRUE", "<p>Le Monde, 21 October</p>");
    await expect(publishReport(annotator, subject, { basedOn: "v1.anything" })).rejects.toThrow(ForbiddenError);
    const first = await publishAsPreviewed(editor, subject);
    expect(first).toMatchObject({ number: 1, slug: expect.stringMatching(/^test-article(-\d+)?$/), changes: [] });
    const page = await answerPublicPage(first.slug, null);
    expect(page.status).toBe(200);
    expect(page.body).toContain("Verdict:</strong> True");
    expect(page.body).toContain("Le Monde, 21 October");
    expect(page.headers["Cache-Control"]).toMatch(/public/);
    expect((await answerPublicPage(first.slug, page.headers.ETag)).status).toBe(304);

    // The author edits the approved claim's note: it goes back to review, and the public page stays as published.
    const edited = await updateAnnotation(annotator, claim.id, { version: claim.version, note: "<p>A new note nobody approved</p>" });
    const draftStart = article.text.indexOf("A second claim");
    await createAnnotation(annotator, article.id, { kind: "CLAIM", start: draftStart, end: draftStart + 14, exact: "A second claim" });
    expect((await answerPublicPage(first.slug, null)).body).toBe(page.body);

    await expect(publishAsPreviewed(editor, subject)).rejects.toThrow(ValidationError);
    const other = await createUser("EDITOR");
    await approvedClaim(annotator, other, article, "some reports had distorted its activities", "MISLEADING");
    // Taken back while it is re-checked: a rejection withdraws what was approved.
    await reviewAnnotation(other, claim.id, { action: "REJECT", version: edited.version, comment: "Re-checking the figure" });
    const second = await publishAsPreviewed(editor, subject, { note: "Added the White House's claim\n and took back one we are re-checking" });
    expect(second).toMatchObject({ number: 2, slug: first.slug, note: "Added the White House's claim and took back one we are re-checking" });
    expect(second.changes).toEqual([
      { type: "added", quote: "some reports had distorted its activities", after: "Misleading" },
      { type: "removed", quote: "The NSA recorded 70.3 million pieces of French telephone data", before: "True" },
    ]);
    const republished = (await answerPublicPage(first.slug, null)).body;
    expect(republished).toContain("Added the White House&#39;s claim and took back one we are re-checking");
    expect(republished).not.toContain("A new note nobody approved");
    expect(republished).not.toContain("A second claim</");
    expect(await db.publication.count({ where: { slug: first.slug } })).toBe(2);
  });

  it("publishes only the version of the report the editor looked at: a report changed since is refused (409) with what changed", async () => {
    const { annotator, editor, article, subject } = await desk();
    const claim = await approvedClaim(annotator, editor, article, "The NSA recorded 70.3 million pieces of French telephone data", "TRUE");
    const seen = await previewPublication(editor, subject);
    expect(seen.items.map((i) => i.quote)).toEqual(["The NSA recorded 70.3 million pieces of French telephone data"]);
    expect(seen.itemCount).toBe(1);
    expect(await previewPublication(editor, subject)).toEqual(seen);

    await approvedClaim(annotator, await createUser("EDITOR"), article, "some reports had distorted its activities", "MISLEADING");
    const edited = await updateAnnotation(annotator, claim.id, { version: claim.version, note: "<p>Re-opened</p>" });
    await reviewAnnotation(editor, claim.id, { action: "REJECT", version: edited.version, comment: "Wrong figure" });
    const stale = publishReport(editor, subject, { basedOn: seen.basedOn });
    await expect(stale).rejects.toThrow(ConflictError);
    await expect(stale).rejects.toThrow("added “some reports had distorted its activities”; removed “The NSA recorded 70.3 million pieces of French telephone data”");
    await expect(publishReport(editor, subject, { basedOn: "v1.made-up" })).rejects.toThrow(/did not give/);
    expect(await db.publication.count({ where: { subjectId: article.id } })).toBe(0);

    const published = await publishAsPreviewed(editor, subject);
    expect(published.number).toBe(1);
    // Nothing approved: nothing to publish, not even the article's title.
    const empty = await createArticle(["Nobody approved anything here."]);
    await expect(publishAsPreviewed(editor, { type: "article", id: empty.id })).rejects.toThrow(/nothing to publish/);
  });

  it("publishes the full text only of the desk's own article; of another outlet's, each checked passage in its sentence with a link", async () => {
    const { annotator, editor, article, subject } = await desk();
    await db.article.update({ where: { id: article.id }, data: { url: "https://www.lemonde.fr/original" } });
    await approvedClaim(annotator, editor, article, "some reports had distorted its activities");
    const quoted = (await answerPublicPage((await publishAsPreviewed(editor, subject)).slug, null)).body;
    expect(quoted).toContain('“<span class="context">The White House said </span><span class="mark claim">some reports had distorted its activities</span><span class="context">.</span>”');
    expect(quoted).toContain('href="https://www.lemonde.fr/original"');
    // Neither the other paragraph nor the rest of the claim's own paragraph.
    expect(quoted).not.toContain("70.3 million");
    expect(quoted).not.toContain("A second claim stands here");

    await expect(markDeskOwned(annotator, article.id, { deskOwned: true })).rejects.toThrow(ForbiddenError);
    await markDeskOwned(editor, article.id, { deskOwned: true });
    expect(await db.activity.findFirst({ where: { entityId: article.id, action: "article.ownership_changed" }, select: { actorId: true, after: true } })).toEqual({ actorId: editor.id, after: { deskOwned: true } });
    const whole = (await answerPublicPage((await publishAsPreviewed(editor, subject, { note: "Our own article, in full" })).slug, null)).body;
    expect(whole).toContain("The NSA recorded 70.3 million pieces of French telephone data");
    expect(whole).toContain("A second claim stands here");
    expect(whole).toMatch(/<span class="mark claim"[^>]*>some reports had distorted its activities<\/span><sup><a href="#item-1"/);
  });

  it("withdraws a page (410, the record kept), answers 404 alike for any address never published, and refuses a second withdrawal", async () => {
    const { annotator, editor, article, subject } = await desk();
    await approvedClaim(annotator, editor, article, "some reports had distorted its activities");
    const published = await publishAsPreviewed(editor, subject);
    await withdrawReport(editor, subject);
    const gone = await answerPublicPage(published.slug, null);
    expect(gone.status).toBe(410);
    expect(gone.body).toContain("withdrawn");
    await expect(withdrawReport(editor, subject)).rejects.toThrow(ConflictError);
    expect((await answerEmbed(published.slug, 1, null)).status).toBe(404);
    const never = await answerPublicPage("no-such-fact-check", null);
    const guessed = await answerPublicPage(slugFrom("Never published story"), null);
    expect([never.status, guessed.status]).toEqual([404, 404]);
    expect(guessed.body).toBe(never.body);
    expect(await db.publication.count({ where: { slug: published.slug } })).toBe(1);

    const back = await publishAsPreviewed(editor, subject, { note: "Put back after checking" });
    expect(back.number).toBe(2);
    expect((await answerPublicPage(published.slug, null)).status).toBe(200);
  });

  it("serves a claim's card for framing and the feed of ClaimReviews a page at a time, newest first", async () => {
    const { annotator, editor } = await desk();
    const sentences = Array.from({ length: FEED_PAGE_SIZE + 5 }, (_, i) => `Officials said claim number ${i + 1} is true.`);
    const article = await createArticle(sentences);
    for (const sentence of sentences) await approvedClaim(annotator, editor, article, sentence.slice(0, -1));
    const published = await publishAsPreviewed(editor, { type: "article", id: article.id });

    const card = await answerEmbed(published.slug, 3, null);
    expect(card.status).toBe(200);
    expect(card.headers["Content-Security-Policy"]).toContain("frame-ancestors *");
    expect(card.body).toContain("claim number 3 is true");
    expect((await answerPublicPage(published.slug, null)).headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");

    const first = JSON.parse((await answerFeed(1, null)).body);
    // This test's report is the newest publication: its claims come first.
    expect(first.items).toHaveLength(FEED_PAGE_SIZE);
    expect(first.items[0]).toMatchObject({ "@type": "ClaimReview", claimReviewed: "Officials said claim number 1 is true", reviewRating: { ratingValue: 1, alternateName: "False" } });
    expect(first.next).toMatch(/\/p\/feed\.json\?page=2$/);
    const second = JSON.parse((await answerFeed(2, null)).body);
    expect(second.items[4].claimReviewed).toBe(`Officials said claim number ${FEED_PAGE_SIZE + 5} is true`);
    expect(first.total).toBe(second.total);
    const last = JSON.parse((await answerFeed(first.pages, null)).body);
    expect(last.next).toBeNull();
  });

  it("puts nothing in public but approved annotations: no drafts, rejections, comments, assignments, emails or ids", async () => {
    const { annotator, editor, article, subject } = await desk();
    const approved = await approvedClaim(annotator, editor, article, "The NSA recorded 70.3 million pieces");
    // A source added to an approved claim sends it back to the queue; the editor approves it again.
    const sourced = await addSource(annotator, approved.id, { url: "https://www.lemonde.fr/x", title: "Le Monde's report", publisher: "Le Monde", excerpt: "", relation: "SUPPORTS", accessedAt: "2013-10-21" });
    await reviewAnnotation(editor, approved.id, { action: "APPROVE", version: sourced.version, verdict: { kind: "CLAIM", rating: "TRUE" } });
    await createComment(annotator, approved.id, { body: "SECRET-COMMENT about sourcing", mentions: [] });
    await assignAnnotation(editor, approved.id, annotator.id);
    const at = (words: string) => ({ start: article.text.indexOf(words), end: article.text.indexOf(words) + words.length, exact: words });
    await createAnnotation(annotator, article.id, { kind: "CLAIM", ...at("A second claim stands here"), note: "<p>SECRET-DRAFT-NOTE</p>" });
    const rejected = await createAnnotation(annotator, article.id, { kind: "DENIAL", ...at("distorted"), note: "<p>SECRET-REJECTED-NOTE</p>" });
    const submitted = await reviewAnnotation(annotator, rejected.id, { action: "SUBMIT", version: rejected.version });
    await reviewAnnotation(editor, rejected.id, { action: "REJECT", version: submitted.version, comment: "SECRET-REJECTION-REASON" });

    const published = await publishAsPreviewed(editor, subject);
    const texts = [(await answerPublicPage(published.slug, null)).body, (await answerEmbed(published.slug, 1, null)).body, (await answerFeed(1, null)).body];
    const row = await db.publication.findFirstOrThrow({ where: { slug: published.slug }, select: { snapshot: true, changes: true } });
    texts.push(JSON.stringify(row.snapshot), JSON.stringify(row.changes));
    for (const text of texts) {
      for (const secret of ["SECRET-", annotator.email, editor.email, annotator.id, editor.id, approved.id, article.id, "@test.example"]) expect(text).not.toContain(secret);
    }
    expect(texts[0]).toContain("Le Monde&#39;s report");
    expect(texts[0]).toContain(`Reviewed by ${editor.name}`);
  });

  it("escapes what people wrote, keeps the JSON-LD block closed, and makes readable unique slugs", async () => {
    expect(slugFrom("Obama Tries to 'Make Clear' to Furious France That U.S. Is Reviewing Spy Practices")).toBe("obama-tries-to-make-clear-to-furious-france-that-u-s-is");
    expect(slugFrom("Élysée: « Inacceptable »")).toBe("elysee-inacceptable");
    expect(slugFrom("!!!")).toBe("fact-check");
    const { annotator, editor } = await desk();
    const hostile = await createArticle(["He said </script><script>alert(1)</script> and <img src=x onerror=alert(2)> were fine."]);
    await db.article.update({ where: { id: hostile.id }, data: { title: "Test article" } });
    await approvedClaim(annotator, editor, hostile, "</script><script>alert(1)</script>");
    const published = await publishAsPreviewed(editor, { type: "article", id: hostile.id });
    expect(published.slug).toMatch(/^test-article-\d+$/);
    const { body, headers } = await answerPublicPage(published.slug, null);
    expect(body).not.toContain("<script>alert");
    expect(body).not.toContain("<img src=x");
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(body)![1];
    expect(JSON.parse(block)["@graph"][0].claimReviewed).toBe("</script><script>alert(1)</script>");
    expect(headers["Content-Security-Policy"]).toMatch(/script-src 'sha256-[^']+'(;|$)/);
  });
});
