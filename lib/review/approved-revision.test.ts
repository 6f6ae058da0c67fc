import { afterAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/tests/factories";
import { createAnnotation } from "../annotations/create-annotation";
import { updateAnnotation } from "../annotations/update-annotation";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { latestApprovedRevisions } from "./approved-revision";
import { backfillApprovedRevisions } from "./backfill-approved-revisions";
import { quoteContext } from "./quote-context";
import { reviewAnnotation } from "./review-annotation";

afterAll(() => db.$disconnect());

describe("the quote's context", () => {
  const text = "First sentence here. The U.S. said 70.3 million calls were logged in a month. Last one.\n\nA new paragraph.";
  const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, exact: words });

  it("is the rest of the quote's sentence, never the sentences around it nor another paragraph", () => {
    expect(quoteContext(text, at("70.3 million calls"))).toEqual({ before: "The U.S. said ", after: " were logged in a month." });
    expect(quoteContext(text, at("Last one."))).toEqual({ before: "", after: "" });
    // A quote over two sentences carries the rest of both.
    expect(quoteContext(text, at("here. The U.S."))).toEqual({ before: "First sentence ", after: " said 70.3 million calls were logged in a month." });
  });

  it("is cut short, at a word, where a sentence runs on, and empty where the quote is no longer at its anchor", () => {
    const long = `${"word ".repeat(120)}quoted words ${"more ".repeat(120)}end.`;
    const context = quoteContext(long, { start: long.indexOf("quoted"), end: long.indexOf("quoted") + 12, exact: "quoted words" });
    expect(context.before.startsWith("…word ")).toBe(true);
    expect(context.after.endsWith(" more…")).toBe(true);
    expect(context.before.length + context.after.length).toBeLessThan(500);
    expect(quoteContext(text, { start: 0, end: 5, exact: "Other" })).toEqual({ before: "", after: "" });
  });
});

describe("approved revisions", () => {
  async function claim() {
    const annotator = await createUser("ANNOTATOR");
    const editor = await createUser("EDITOR");
    const article = await createArticle(["Le Monde said the NSA recorded 70.3 million pieces of French telephone data in a month. Nobody denied it."]);
    const words = "the NSA recorded 70.3 million pieces";
    const start = article.text.indexOf(words);
    const made = await createAnnotation(annotator, article.id, { kind: "CLAIM", start, end: start + words.length, exact: words, note: "<p>Checked <strong>twice</strong></p>" });
    const submitted = await reviewAnnotation(annotator, made.id, { action: "SUBMIT", version: made.version });
    return { annotator, editor, article, made, submitted };
  }

  it("records what an editor approved in the approval's transaction; a later change does not reach it; a rejection withdraws it", async () => {
    const { annotator, editor, article, made, submitted } = await claim();
    expect(await latestApprovedRevisions([article.id])).toEqual([]);
    const approved = await reviewAnnotation(editor, made.id, { action: "APPROVE", version: submitted.version, verdict: { kind: "CLAIM", rating: "TRUE" } });
    const [revision] = await latestApprovedRevisions([article.id]);
    expect(revision).toMatchObject({
      annotationId: made.id,
      reviewer: editor.name,
      content: {
        kind: "CLAIM",
        quote: "the NSA recorded 70.3 million pieces",
        context: { before: "Le Monde said ", after: " of French telephone data in a month." },
        verdict: { kind: "CLAIM", rating: "TRUE" },
        noteHtml: "<p>Checked <strong>twice</strong></p>",
        sources: [],
        corroborations: [],
      },
    });
    expect(await db.approvedRevision.findFirst({ where: { annotationId: made.id }, select: { version: true } })).toEqual({ version: approved.version });

    const changed = await updateAnnotation(annotator, made.id, { version: approved.version, kind: "FIGURE", note: "<p>Changed</p>" });
    expect((await latestApprovedRevisions([article.id]))[0].content).toEqual(revision.content);
    await reviewAnnotation(editor, made.id, { action: "REJECT", version: changed.version, comment: "Not a claim after all" });
    expect(await latestApprovedRevisions([article.id])).toEqual([]);
    expect(await db.approvedRevision.count({ where: { annotationId: made.id } })).toBe(1);
  });

  it("refuses an approval whose verdict is for another kind, writing no revision", async () => {
    const { editor, made, submitted } = await claim();
    await expect(reviewAnnotation(editor, made.id, { action: "APPROVE", version: submitted.version, verdict: { kind: "FIGURE", outcome: "CONFIRMED" } })).rejects.toThrow(/verdict/);
    expect(await db.approvedRevision.count({ where: { annotationId: made.id } })).toBe(0);
  });

  it("backfills annotations approved before revisions were recorded, once", async () => {
    const { editor, article, made, submitted } = await claim();
    await reviewAnnotation(editor, made.id, { action: "APPROVE", version: submitted.version, verdict: { kind: "CLAIM", rating: "FALSE" } });
    await db.approvedRevision.deleteMany({ where: { annotationId: made.id } });
    expect((await backfillApprovedRevisions()).recorded).toBeGreaterThanOrEqual(1);
    expect((await latestApprovedRevisions([article.id])).map((r) => [r.annotationId, r.reviewer, r.content.verdict])).toEqual([[made.id, editor.name, { kind: "CLAIM", rating: "FALSE" }]]);
    expect((await backfillApprovedRevisions()).recorded).toBe(0);
  });

  it("skips an approval without a verdict instead of stopping, and publishes nothing of it", async () => {
    const { editor, article, made } = await claim();
    await db.annotation.update({ where: { id: made.id }, data: { status: "APPROVED", reviewerId: editor.id, reviewedAt: new Date(), verdict: Prisma.DbNull } });
    const result = await backfillApprovedRevisions();
    expect(result.skipped).toContain(made.id);
    expect(await latestApprovedRevisions([article.id])).toEqual([]);
    expect((await backfillApprovedRevisions()).recorded).toBe(0);
  });
});
