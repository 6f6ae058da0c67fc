import { afterAll, describe, expect, it } from "vitest";
import { createArticle, createUser, publishAsPreviewed } from "@/tests/factories";
import { getAnnotation } from "../annotations/get-annotation";
import { ForbiddenError, NotFoundError } from "../errors/domain-error";
import { latestApprovedRevisions } from "../review/approved-revision";
import { linkSameClaim, unlinkSameClaim } from "./link-claim";
import { createAnnotation } from "../annotations/create-annotation";
import { deleteAnnotation, restoreAnnotation } from "../annotations/delete-annotation";
import { updateAnnotation } from "../annotations/update-annotation";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { reviewAnnotation } from "../review/review-annotation";
import type { Verdict } from "../vocabulary/verdicts";
import type { AnnotationKind } from "../vocabulary/names";
import { findMatches } from "./find-matches";
import { searchClaims } from "./search-claims";
import { claimSearchQuerySchema } from "../validation/claim-schemas";

afterAll(() => db.$disconnect());

const search = (viewer: SessionUser, query: Record<string, string>) => searchClaims(viewer, claimSearchQuerySchema.parse(query));

async function tagged(author: SessionUser, paragraph: string, words: string, kind: AnnotationKind = "CLAIM", storyId?: string) {
  const article = await createArticle([paragraph], storyId);
  const start = article.text.indexOf(words);
  const annotation = await createAnnotation(author, article.id, { kind, start, end: start + words.length, exact: words });
  return { article, annotation };
}

async function approved(author: SessionUser, editor: SessionUser, paragraph: string, words: string, verdict: Verdict = { kind: "CLAIM", rating: "MOSTLY_TRUE" }) {
  const made = await tagged(author, paragraph, words, verdict.kind);
  const submitted = await reviewAnnotation(author, made.annotation.id, { action: "SUBMIT", version: made.annotation.version });
  const done = await reviewAnnotation(editor, made.annotation.id, { action: "APPROVE", version: submitted.version, verdict });
  return { ...made, annotation: done };
}

describe("the desk's memory of checks", () => {
  it("offers an approved claim from another story when the same claim is annotated, best first, with its verdict; never a draft, never the claim's denial or another number", async () => {
    const annotator = await createUser("ANNOTATOR");
    const editor = await createUser("EDITOR");
    const marker = `Zorblat${Date.now()}`;
    const earlier = await approved(annotator, editor, `The ${marker} agency recorded 70.3 million phone calls in France in one month, Le Monde said.`, `The ${marker} agency recorded 70.3 million phone calls in France in one month`);
    // The same words, still a draft: not a check.
    await tagged(annotator, `Some said the ${marker} agency recorded 70.3 million phone calls in France.`, `the ${marker} agency recorded 70.3 million phone calls in France`);
    const denial = await approved(annotator, editor, `The ${marker} agency did not record 70.3 million phone calls in France, its director said.`, `The ${marker} agency did not record 70.3 million phone calls in France`);
    const other = await approved(annotator, editor, `The ${marker} agency recorded 7 million phone calls in France in one month.`, `The ${marker} agency recorded 7 million phone calls in France in one month`);

    const later = await tagged(annotator, `Reports say more than 70 million French telephone calls were recorded by the ${marker} agency in a month.`, `more than 70 million French telephone calls were recorded by the ${marker} agency in a month`);
    const matches = await findMatches(annotator, later.annotation.id);
    expect(matches[0]).toMatchObject({
      annotationId: earlier.annotation.id,
      storyId: earlier.article.storyId,
      articleId: earlier.article.id,
      exact: `The ${marker} agency recorded 70.3 million phone calls in France in one month`,
      verdict: { rating: "MOSTLY_TRUE", label: "Mostly true", reviewedAt: new Date().toISOString().slice(0, 10) },
      origin: "desk",
      checkedBy: editor.name,
    });
    expect(matches[0].score).toBeGreaterThan(0.5);
    const ids = matches.map((m) => m.annotationId);
    expect(ids).not.toContain(denial.annotation.id);
    expect(ids).not.toContain(other.annotation.id);

    // Its own story is never offered: the same claim annotated again in the earlier story finds nothing there.
    const sameStory = await tagged(annotator, `Again: the ${marker} agency recorded 70.3 million phone calls in France in one month.`, `the ${marker} agency recorded 70.3 million phone calls in France in one month`, "CLAIM", earlier.article.storyId);
    expect((await findMatches(annotator, sameStory.annotation.id)).map((m) => m.storyId)).not.toContain(earlier.article.storyId);
  });

  it("follows the revisions: a rejection withdraws a check, a deletion hides it, a restore and a new approval bring it back as approved", async () => {
    const annotator = await createUser("ANNOTATOR");
    const editor = await createUser("EDITOR");
    const marker = `Quennic${Date.now()}`;
    const earlier = await approved(annotator, editor, `The ${marker} ministry spent 4.2 billion euros on rail in 2024.`, `The ${marker} ministry spent 4.2 billion euros on rail in 2024`);
    const query = await tagged(annotator, `In 2024 the ${marker} ministry spent 4.2 billion euros on rail.`, `In 2024 the ${marker} ministry spent 4.2 billion euros on rail`);
    const found = async () => (await findMatches(annotator, query.annotation.id)).map((m) => m.annotationId);
    expect(await found()).toEqual([earlier.annotation.id]);

    await deleteAnnotation(editor, earlier.annotation.id);
    expect(await found()).toEqual([]);
    await restoreAnnotation(editor, earlier.annotation.id);
    expect(await found()).toEqual([earlier.annotation.id]);

    // A change sends it back to review; the approved revision still stands until an editor rejects it.
    const changed = await updateAnnotation(annotator, earlier.annotation.id, { version: earlier.annotation.version + 2, note: "<p>The year may be wrong.</p>" });
    expect(await found()).toEqual([earlier.annotation.id]);
    const rejected = await reviewAnnotation(editor, earlier.annotation.id, { action: "REJECT", version: changed.version, comment: "Wrong year." });
    expect(await found()).toEqual([]);
    expect((await search(annotator, { q: marker })).results).toEqual([]);

    // Changed again (back in the queue), approved with another verdict: the memory holds the new one.
    const resubmitted = await updateAnnotation(annotator, earlier.annotation.id, { version: rejected.version, note: "<p>Checked the year.</p>" });
    await reviewAnnotation(editor, earlier.annotation.id, { action: "APPROVE", version: resubmitted.version, verdict: { kind: "CLAIM", rating: "FALSE" } });
    const [match] = await findMatches(annotator, query.annotation.id);
    expect(match).toMatchObject({ annotationId: earlier.annotation.id, verdict: { rating: "FALSE", label: "False" } });
    expect(await db.checkedClaim.count({ where: { annotationId: earlier.annotation.id } })).toBe(1);
  });

  it("is searched by words, rating, kind, story, person and dates, a page at a time", async () => {
    const annotator = await createUser("ANNOTATOR");
    const editor = await createUser("EDITOR");
    const marker = `Plimsk${Date.now()}`;
    const a = await approved(annotator, editor, `${marker} Hospital waiting lists grew by 12 per cent last winter.`, `${marker} Hospital waiting lists grew by 12 per cent last winter`, { kind: "CLAIM", rating: "TRUE" });
    const b = await approved(annotator, editor, `${marker} Hospital staff numbers fell by 3 per cent.`, `${marker} Hospital staff numbers fell by 3 per cent`, { kind: "CLAIM", rating: "FALSE" });
    const figure = await approved(annotator, editor, `${marker} Hospital had 4,000 beds.`, "4,000 beds", { kind: "FIGURE", outcome: "CONFIRMED" });

    const words = (await search(annotator, { q: `${marker} waiting lists` })).results.map((r) => r.annotationId);
    expect(words).toEqual([a.annotation.id]);
    expect((await search(annotator, { q: marker, rating: "FALSE" })).results.map((r) => r.annotationId)).toEqual([b.annotation.id]);
    expect((await search(annotator, { person: annotator.id, kind: "FIGURE" })).results.map((r) => r.annotationId)).toEqual([figure.annotation.id]);
    expect((await search(annotator, { person: editor.id, story: b.article.storyId })).results.map((r) => r.annotationId)).toEqual([b.annotation.id]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await search(annotator, { person: editor.id, from: today, to: today })).results).toHaveLength(3);
    expect((await search(annotator, { person: editor.id, to: "2000-01-01" })).results).toEqual([]);
    // A misspelt word still finds it, through its letters.
    expect((await search(annotator, { q: `${marker.slice(0, -1)}` })).results.length).toBeGreaterThan(0);
    expect(claimSearchQuerySchema.safeParse({ from: "2026-02-30" }).success).toBe(false);
    expect(claimSearchQuerySchema.safeParse({ from: "2026-03-02", to: "2026-03-01" }).error?.issues[0].message).toBe("From must not be after To.");
    expect((await search(annotator, { person: editor.id, page: "2" })).results).toEqual([]);
  });
});

describe("same claim as", () => {
  it("links an annotation to an earlier check, offers its verdict to the editor, and carries the link to the approval and, while the earlier check is published, the public page", async () => {
    const annotator = await createUser("ANNOTATOR");
    const other = await createUser("ANNOTATOR");
    const editor = await createUser("EDITOR");
    const marker = `Vostrand${Date.now()}`;
    const earlier = await approved(annotator, editor, `The ${marker} port handled 3.4 million containers in 2025, its owner said.`, `The ${marker} port handled 3.4 million containers in 2025`);
    const figure = await approved(annotator, editor, `The ${marker} port had 410 cranes.`, "410 cranes", { kind: "FIGURE", outcome: "CONFIRMED" });
    const [check] = await findMatches(annotator, (await tagged(annotator, `In 2025 the ${marker} port handled 3.4 million containers.`, `In 2025 the ${marker} port handled 3.4 million containers`)).annotation.id);
    const later = await tagged(annotator, `Officials said the ${marker} port handled 3.4 million containers in 2025.`, `the ${marker} port handled 3.4 million containers in 2025`);

    await expect(linkSameClaim(other, later.annotation.id, { version: later.annotation.version, checkId: check.checkId })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(linkSameClaim(annotator, later.annotation.id, { version: later.annotation.version, checkId: "no-such-check" })).rejects.toBeInstanceOf(NotFoundError);
    const figureCheck = await db.checkedClaim.findUniqueOrThrow({ where: { annotationId: figure.annotation.id } });
    await expect(linkSameClaim(annotator, later.annotation.id, { version: later.annotation.version, checkId: figureCheck.id })).rejects.toThrow(/only checks of the same kind/);
    const ownStory = await tagged(annotator, `The ${marker} port handled 3.4 million containers in 2025 again.`, `The ${marker} port handled 3.4 million containers in 2025`, "CLAIM", earlier.article.storyId);
    await expect(linkSameClaim(annotator, ownStory.annotation.id, { version: 1, checkId: check.checkId })).rejects.toThrow(/own story/);

    const linked = await linkSameClaim(annotator, later.annotation.id, { version: later.annotation.version, checkId: check.checkId });
    expect(linked.version).toBe(later.annotation.version + 1);
    expect(linked.sameClaimAs).toMatchObject({
      checkId: check.checkId,
      origin: "desk",
      exact: `The ${marker} port handled 3.4 million containers in 2025`,
      verdict: { label: "Mostly true" },
      proposal: { kind: "CLAIM", rating: "MOSTLY_TRUE" },
      current: true,
      linkedBy: { id: annotator.id },
    });
    expect((await getAnnotation(editor, later.annotation.id)).sameClaimAs?.checkId).toBe(check.checkId);
    const history = await db.activity.findMany({ where: { annotationId: later.annotation.id, action: "annotation.same_claim_linked" } });
    expect(history).toHaveLength(1);

    // The editor approves it with the proposed verdict: the approval records the link as it stood.
    const submitted = await reviewAnnotation(annotator, later.annotation.id, { action: "SUBMIT", version: linked.version });
    await reviewAnnotation(editor, later.annotation.id, { action: "APPROVE", version: submitted.version, verdict: linked.sameClaimAs!.proposal! });
    const [revision] = await latestApprovedRevisions([later.article.id]);
    expect(revision.content.sameClaimAs).toMatchObject({ origin: "DESK", annotationId: earlier.annotation.id, verdict: "Mostly true", checkedBy: editor.name });

    // Published before the earlier check is: its page does not name it; once the earlier one is public, the next publication links to it.
    const first = await publishAsPreviewed(editor, { type: "article", id: later.article.id });
    let page = (await db.publication.findFirstOrThrow({ where: { slug: first.slug }, orderBy: { number: "desc" } })).html;
    expect(page).not.toContain("Checked before by this desk");
    const earlierPage = await publishAsPreviewed(editor, { type: "article", id: earlier.article.id });
    const again = await publishAsPreviewed(editor, { type: "article", id: later.article.id }, { note: "Linked the earlier check." });
    page = (await db.publication.findFirstOrThrow({ where: { slug: again.slug }, orderBy: { number: "desc" } })).html;
    expect(page).toContain(`Checked before by this desk on`);
    expect(page).toContain(`href="/p/${earlierPage.slug}#item-1"`);

    // Unlinking is a change to what it says: it goes back to review, and the link is gone.
    const current = await getAnnotation(annotator, later.annotation.id);
    const unlinked = await unlinkSameClaim(annotator, later.annotation.id, current.version);
    expect(unlinked).toMatchObject({ sameClaimAs: null, status: "SUBMITTED" });
    await expect(unlinkSameClaim(annotator, later.annotation.id, unlinked.version)).rejects.toThrow(/not linked/);
  });

  it("puts a link on the public page only once an editor approves it: a link made after the approval waits for the next one", async () => {
    const annotator = await createUser("ANNOTATOR");
    const editor = await createUser("EDITOR");
    const marker = `Halvern${Date.now()}`;
    const earlier = await approved(annotator, editor, `The ${marker} canal carried 19 million tonnes in 2024, its board said.`, `The ${marker} canal carried 19 million tonnes in 2024`);
    await publishAsPreviewed(editor, { type: "article", id: earlier.article.id });
    const later = await approved(annotator, editor, `Officials said the ${marker} canal carried 19 million tonnes in 2024.`, `the ${marker} canal carried 19 million tonnes in 2024`);
    const [check] = await findMatches(annotator, later.annotation.id);
    expect(check.annotationId).toBe(earlier.annotation.id);

    // Linked after the approval: back to review, and the public page still shows what was approved, without the link.
    const linked = await linkSameClaim(annotator, later.annotation.id, { version: later.annotation.version, checkId: check.checkId });
    expect(linked.status).toBe("SUBMITTED");
    const [standing] = await latestApprovedRevisions([later.article.id]);
    expect(standing.content.sameClaimAs ?? null).toBeNull();
    const before = await publishAsPreviewed(editor, { type: "article", id: later.article.id });
    const html = async (slug: string) => (await db.publication.findFirstOrThrow({ where: { slug }, orderBy: { number: "desc" } })).html;
    expect(await html(before.slug)).toContain(`${marker} canal carried 19 million tonnes`);
    expect(await html(before.slug)).not.toContain("Checked before by this desk");

    // Approved with the link: the next publication names the earlier check.
    await reviewAnnotation(editor, later.annotation.id, { action: "APPROVE", version: linked.version, verdict: { kind: "CLAIM", rating: "MOSTLY_TRUE" } });
    const after = await publishAsPreviewed(editor, { type: "article", id: later.article.id }, { note: "Linked the earlier check." });
    expect(await html(after.slug)).toContain("Checked before by this desk");
  });
});
