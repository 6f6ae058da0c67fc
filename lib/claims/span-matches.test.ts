import { afterAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/tests/factories";
import { createAnnotation } from "../annotations/create-annotation";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { NotFoundError, PayloadTooLargeError, ValidationError } from "../errors/domain-error";
import { reviewAnnotation } from "../review/review-annotation";
import { spanMatchesSchema } from "../validation/claim-schemas";
import type { Verdict } from "../vocabulary/verdicts";
import { findMatches } from "./find-matches";
import { findSpanMatches } from "./find-span-matches";

afterAll(() => db.$disconnect());

/** An approved claim, in an article of its own story (or of `storyId`). */
async function approved(author: SessionUser, editor: SessionUser, paragraph: string, words: string, verdict: Verdict = { kind: "CLAIM", rating: "MOSTLY_TRUE" }, storyId?: string) {
  const article = await createArticle([paragraph], storyId);
  const start = article.text.indexOf(words);
  const made = await createAnnotation(author, article.id, { kind: verdict.kind, start, end: start + words.length, exact: words });
  const submitted = await reviewAnnotation(author, made.id, { action: "SUBMIT", version: made.version });
  await reviewAnnotation(editor, made.id, { action: "APPROVE", version: submitted.version, verdict });
  return { article, annotationId: made.id };
}

/** The span of `words` in an article's text, as a suggestion of `kind` holds it. */
const spanOf = (text: string, words: string, kind: "CLAIM" | "FIGURE" | "DENIAL" = "CLAIM") => {
  const start = text.indexOf(words);
  expect(start, words).toBeGreaterThanOrEqual(0);
  return { start, end: start + words.length, kind };
};

describe("earlier checks of an article's spans (its suggestions, before anyone accepts them)", () => {
  it("finds a claim approved in another story for the same claim's span, best first with its verdict; not its denial, not another number, nothing for an unchecked span; the same as the panel finds once it is annotated", async () => {
    const annotator = await createUser("ANNOTATOR");
    const editor = await createUser("EDITOR");
    const marker = `Trevasc${Date.now()}`;
    const earlier = await approved(annotator, editor, `The ${marker} agency recorded 70.3 million phone calls in France in one month, Le Monde said.`, `The ${marker} agency recorded 70.3 million phone calls in France in one month`);
    const denial = await approved(annotator, editor, `The ${marker} agency did not record 70.3 million phone calls in France, its director said.`, `The ${marker} agency did not record 70.3 million phone calls in France`, { kind: "CLAIM", rating: "FALSE" }, earlier.article.storyId);
    const other = await approved(annotator, editor, `The ${marker} agency recorded 7 million phone calls in France in one month.`, `The ${marker} agency recorded 7 million phone calls in France in one month`);

    // Story B: the same claim retold, and a claim nobody checked.
    const claim = `more than 70 million French telephone calls were recorded by the ${marker} agency in a month`;
    const unchecked = `the ${marker} lighthouse keeper painted eleven boats green last summer`;
    const later = await createArticle([`Reports say ${claim}. Neighbours said ${unchecked}.`]);
    const spans = [spanOf(later.text, claim), spanOf(later.text, unchecked)];
    const answer = await findSpanMatches(annotator, later.id, spans);

    expect(answer.map(({ start, end, kind }) => ({ start, end, kind }))).toEqual(spans);
    expect(answer[0].matches[0]).toMatchObject({
      annotationId: earlier.annotationId,
      storyId: earlier.article.storyId,
      articleId: earlier.article.id,
      exact: `The ${marker} agency recorded 70.3 million phone calls in France in one month`,
      verdict: { rating: "MOSTLY_TRUE", label: "Mostly true", reviewedAt: new Date().toISOString().slice(0, 10) },
      origin: "desk",
      checkedBy: editor.name,
    });
    expect(answer[0].matches[0].score).toBeGreaterThan(0.5);
    const ids = answer[0].matches.map((m) => m.annotationId);
    expect(ids).not.toContain(denial.annotationId);
    expect(ids).not.toContain(other.annotationId);
    expect(answer[0].matches.length).toBeLessThanOrEqual(5);
    expect(answer[1].matches).toEqual([]);

    // Accepted, the suggestion is an annotation: its panel offers the same checks, in the same order.
    const annotation = await createAnnotation(annotator, later.id, { ...spans[0], exact: claim });
    expect((await findMatches(annotator, annotation.id)).slice(0, 5).map((m) => m.checkId)).toEqual(answer[0].matches.map((m) => m.checkId));
  });

  it("never offers the article's own story, and matches a denial by its sentence", async () => {
    const annotator = await createUser("ANNOTATOR");
    const editor = await createUser("EDITOR");
    const marker = `Oskerval${Date.now()}`;
    const earlier = await approved(annotator, editor, `The ${marker} port handled 3.4 million containers in 2025, its owner said.`, `The ${marker} port handled 3.4 million containers in 2025`);
    const words = `The ${marker} port handled 3.4 million containers in 2025`;
    const sameStory = await createArticle([`Again: ${words}, the board said.`], earlier.article.storyId);
    const [own] = await findSpanMatches(annotator, sameStory.id, [spanOf(sameStory.text, words)]);
    expect(own.matches.map((m) => m.storyId)).not.toContain(earlier.article.storyId);
    const elsewhere = await createArticle([`Again: ${words}, the board said.`]);
    const [found] = await findSpanMatches(annotator, elsewhere.id, [spanOf(elsewhere.text, words)]);
    expect(found.matches[0]?.annotationId).toBe(earlier.annotationId);

    // A denial is "denied" in its sentence: the memory holds the sentence, and the span is matched by it.
    const denied = await approved(annotator, editor, `The ${marker} minister denied that the port handled 3.4 million containers.`, "denied", { kind: "DENIAL", finding: "ESTABLISHED" });
    const again = await createArticle([`The ${marker} minister denied that the port handled 3.4 million containers.`]);
    const [denial] = await findSpanMatches(annotator, again.id, [spanOf(again.text, "denied", "DENIAL")]);
    expect(denial.matches[0]?.annotationId).toBe(denied.annotationId);
  });

  it("refuses spans outside the article's text, an empty or backwards span, more than 50 spans and an unknown article, and reads nothing for no spans", async () => {
    const annotator = await createUser("ANNOTATOR");
    const article = await createArticle(["The committee counted 12 ballots on Tuesday."]);
    const length = article.text.length;
    await expect(findSpanMatches(annotator, article.id, [{ start: 0, end: length + 1, kind: "CLAIM" }])).rejects.toBeInstanceOf(ValidationError);
    await expect(findSpanMatches(annotator, article.id, [{ start: 4, end: 4, kind: "CLAIM" }])).rejects.toThrow(/not within the article's text/);
    await expect(findSpanMatches(annotator, article.id, [{ start: 6, end: 2, kind: "CLAIM" }])).rejects.toBeInstanceOf(ValidationError);
    await expect(findSpanMatches(annotator, article.id, [{ start: -1, end: 2, kind: "CLAIM" }])).rejects.toBeInstanceOf(ValidationError);
    const many = Array.from({ length: 51 }, () => ({ start: 0, end: 3, kind: "CLAIM" as const }));
    await expect(findSpanMatches(annotator, article.id, many)).rejects.toBeInstanceOf(PayloadTooLargeError);
    await expect(findSpanMatches(annotator, article.id, many)).rejects.toThrow(/at most 50 spans/);
    await expect(findSpanMatches(annotator, "no-such-article", [{ start: 0, end: 3, kind: "CLAIM" }])).rejects.toBeInstanceOf(NotFoundError);
    expect(await findSpanMatches(annotator, article.id, [])).toEqual([]);
    expect(await findSpanMatches(annotator, article.id, many.slice(0, 50))).toHaveLength(50);

    // The route's schema refuses what is not a span at all.
    for (const body of [
      {},
      { spans: "0-3" },
      { spans: [{ start: 0, end: 3 }] },
      { spans: [{ start: 0, end: 3, kind: "RUMOUR" }] },
      { spans: [{ start: 0.5, end: 3, kind: "CLAIM" }] },
      { spans: [{ start: 3, end: 3, kind: "CLAIM" }] },
      { spans: [{ start: 0, end: 6_000, kind: "CLAIM" }] },
      { spans: [{ start: 0, end: 3, kind: "CLAIM", exact: "The" }] },
      { spans: [], extra: true },
    ]) {
      expect(spanMatchesSchema.safeParse(body).success, JSON.stringify(body)).toBe(false);
    }
    expect(spanMatchesSchema.parse({ spans: [{ start: 0, end: 3, kind: "CLAIM" }] })).toEqual({ spans: [{ start: 0, end: 3, kind: "CLAIM" }] });
  });
});
