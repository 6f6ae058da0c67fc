import { afterAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/tests/factories";
import { createAnnotation } from "../annotations/create-annotation";
import { db } from "../db/client";
import { BAD_CURSOR } from "../paging/keyset";
import { historyQuerySchema, myWorkQuerySchema, reviewQueueQuerySchema } from "../validation/review-schemas";
import { assignAnnotation, assignArticle } from "./assign";
import { getAnnotationHistory, getArticleHistory } from "./history";
import { reviewAnnotation } from "./review-annotation";
import { listMyWork, listReviewQueue } from "./review-queue";

afterAll(() => db.$disconnect());

const TEXT = "The NSA recorded 70.3 million pieces of data in thirty days, which Washington called distorted.";
const WORDS = ["NSA", "70.3 million", "thirty days", "Washington", "distorted"];

/** A story with one article and five annotations by one author, submitted in order, their submission times made a second apart. */
async function submittedFive() {
  const article = await createArticle([TEXT]);
  const author = await createUser("ANNOTATOR");
  const editor = await createUser("EDITOR");
  const ids: string[] = [];
  for (const [i, words] of WORDS.entries()) {
    const start = TEXT.indexOf(words);
    const made = await createAnnotation(author, article.id, { kind: "CLAIM", start, end: start + words.length, exact: words });
    await reviewAnnotation(author, made.id, { action: "SUBMIT", version: 1 });
    await db.annotation.update({ where: { id: made.id }, data: { submittedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)) } });
    ids.push(made.id);
  }
  return { article, author, editor, ids };
}

async function walk<T>(read: (cursor: string | undefined) => Promise<{ items: T[]; next: string | null }>) {
  const pages: T[][] = [];
  for (let cursor: string | undefined; ; ) {
    const page = await read(cursor);
    pages.push(page.items);
    if (!page.next) return pages;
    cursor = page.next;
  }
}

describe("the review queue, a page at a time", () => {
  it("walks oldest submission first through every page, each annotation once, and counts them all", async () => {
    const { article, editor, ids } = await submittedFive();
    const read = (cursor: string | undefined) => listReviewQueue(editor, reviewQueueQuerySchema.parse({ storyId: article.storyId, limit: "2", cursor }));
    const pages = await walk(read);
    expect(pages.map((page) => page.map((item) => item.id))).toEqual([ids.slice(0, 2), ids.slice(2, 4), ids.slice(4)]);
    expect((await read(undefined)).total).toBe(5);
  });

  it("goes on from where a page ended even when the queue changed meanwhile", async () => {
    const { article, editor, ids } = await submittedFive();
    const first = await listReviewQueue(editor, reviewQueueQuerySchema.parse({ storyId: article.storyId, limit: "2" }));
    // The first annotation is approved: the next page neither repeats nor skips anything.
    await reviewAnnotation(editor, ids[0], { action: "APPROVE", version: 2, verdict: { kind: "CLAIM", rating: "TRUE" } });
    const second = await listReviewQueue(editor, reviewQueueQuerySchema.parse({ storyId: article.storyId, limit: "2", cursor: first.next }));
    expect(second.items.map((item) => item.id)).toEqual(ids.slice(2, 4));
  });

  it("refuses a cursor it did not give out and a size past its bounds", () => {
    expect(reviewQueueQuerySchema.safeParse({ cursor: "bm9wZQ" }).error?.issues[0].message).toBe(BAD_CURSOR);
    expect(reviewQueueQuerySchema.safeParse({ limit: "101" }).error?.issues[0].message).toBe("Ask for between 1 and 100 at a time.");
  });
});

describe("my work, each list a page at a time", () => {
  it("pages what is assigned to me and the changes asked of me, each with its own cursor and total", async () => {
    const { article, author, editor, ids } = await submittedFive();
    for (const id of ids) await assignAnnotation(editor, id, author.id);
    for (const id of ids.slice(0, 3)) await reviewAnnotation(editor, id, { action: "REQUEST_CHANGES", version: 2, comment: "Add a source." });
    await assignArticle(editor, article.id, author.id);
    const first = await listMyWork(author, myWorkQuerySchema.parse({ limit: "2" }));
    expect(first.totals).toEqual({ assignedAnnotations: 5, assignedArticles: 1, changesRequested: 3 });
    expect(first.assignedAnnotations.map((a) => a.id)).toEqual(ids.slice(0, 2));
    expect(first.changesRequested).toHaveLength(2);
    expect(first.next.assignedArticles).toBeNull();
    const second = await listMyWork(author, myWorkQuerySchema.parse({ limit: "2", assignedCursor: first.next.assignedAnnotations, changesCursor: first.next.changesRequested }));
    expect(second.assignedAnnotations.map((a) => a.id)).toEqual(ids.slice(2, 4));
    expect(second.changesRequested).toHaveLength(1);
    expect(new Set([...first.changesRequested, ...second.changesRequested].map((a) => a.id))).toEqual(new Set(ids.slice(0, 3)));
    expect(second.next.changesRequested).toBeNull();
    expect(myWorkQuerySchema.safeParse({ changesCursor: "nope" }).error?.issues[0].message).toBe(BAD_CURSOR);
  });

  it("counts for an editor what waits for review but their own submissions", async () => {
    const { article, editor } = await submittedFive();
    const start = TEXT.indexOf("NSA");
    const own = await createAnnotation(editor, article.id, { kind: "CLAIM", start, end: start + 3, exact: "NSA" });
    await reviewAnnotation(editor, own.id, { action: "SUBMIT", version: 1 });
    const other = await createUser("EDITOR");
    const [mine, theirs] = [(await listMyWork(editor)).awaitingReview, (await listMyWork(other)).awaitingReview];
    expect(theirs - mine).toBe(1);
    expect(theirs).toBe(await db.annotation.count({ where: { status: "SUBMITTED", deletedAt: null } }));
  });
});

describe("histories, a page at a time", () => {
  it("tell an article's newest first and an annotation's oldest first, across pages, each entry once", async () => {
    const { article, editor, ids } = await submittedFive();
    const articlePages = await walk((cursor) => getArticleHistory(editor, article.id, historyQuerySchema.parse({ limit: "3", cursor })));
    const articleEntries = articlePages.flat();
    // Five annotations, each created and submitted.
    expect(articleEntries).toHaveLength(10);
    expect(articlePages.every((page) => page.length <= 3)).toBe(true);
    expect(new Set(articleEntries.map((e) => e.id)).size).toBe(10);
    expect(articleEntries.map((e) => e.at)).toEqual([...articleEntries.map((e) => e.at)].sort().reverse());
    const annotationPages = await walk((cursor) => getAnnotationHistory(editor, ids[0], historyQuerySchema.parse({ limit: "1", cursor })));
    expect(annotationPages.flat().map((e) => e.action)).toEqual(["annotation.created", "annotation.submit"]);
  });
});
