import { afterAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/tests/factories";
import { createAnnotation } from "../annotations/create-annotation";
import { db } from "../db/client";
import { BAD_CURSOR } from "../paging/keyset";
import { inboxQuerySchema } from "../validation/comment-schemas";
import { countUnread, listInbox } from "./inbox";
import { createComment } from "./write-comment";

afterAll(() => db.$disconnect());

/** Someone's inbox of five entries, a minute apart: mentions at minutes 1, 3 and 5, re-check alerts at 2 and 4. */
async function inboxOfFive() {
  const article = await createArticle(["The agency recorded 70.3 million pieces of French telephone data."]);
  const [author, reader] = [await createUser("ANNOTATOR"), await createUser("EDITOR")];
  const start = article.text.indexOf("70.3 million");
  const annotation = await createAnnotation(author, article.id, { kind: "FIGURE", start, end: start + 12, exact: "70.3 million" });
  const at = (minute: number) => new Date(Date.UTC(2026, 1, 1, 9, minute));
  const expected: { id: string; kind: "mention" | "source" }[] = [];
  const commentIds: string[] = [];
  for (const minute of [1, 3, 5]) {
    const comment = await createComment(author, annotation.id, { body: `@${reader.name} look at this, minute ${minute}`, mentions: [reader.id] });
    const mention = await db.mention.update({ where: { commentId_userId: { commentId: comment.id, userId: reader.id } }, data: { createdAt: at(minute) } });
    expected[minute - 1] = { id: mention.id, kind: "mention" };
    commentIds.push(comment.id);
  }
  const source = await db.source.create({ data: { annotationId: annotation.id, relation: "SUPPORTS", url: "https://example.org/", createdById: author.id } });
  for (const minute of [2, 4]) {
    const check = await db.sourceCheck.create({ data: { sourceId: source.id, outcome: "CHANGED", checkedById: author.id } });
    const alert = await db.sourceAlert.create({ data: { checkId: check.id, userId: reader.id, createdAt: at(minute) } });
    expected[minute - 1] = { id: alert.id, kind: "source" };
  }
  return { reader, newestFirst: expected.reverse(), annotationId: annotation.id, commentIds };
}

describe("the inbox, a page at a time", () => {
  it("reads mentions and re-check alerts as one list, newest first, each entry once across pages", async () => {
    const { reader, newestFirst } = await inboxOfFive();
    const pages: { id: string; kind: string }[][] = [];
    for (let cursor: string | undefined; ; ) {
      const page = await listInbox(reader, inboxQuerySchema.parse({ limit: "2", cursor }));
      pages.push(page.items.map(({ id, kind }) => ({ id, kind })));
      if (!page.next) break;
      cursor = page.next;
    }
    expect(pages).toEqual([newestFirst.slice(0, 2), newestFirst.slice(2, 4), newestFirst.slice(4)]);
    // The count of unread entries is of all of them, not of a page.
    expect(await countUnread(reader)).toBe(5);
  });

  it("counts neither the mention of a deleted comment nor the alerts about a deleted annotation", async () => {
    const { reader, annotationId, commentIds } = await inboxOfFive();
    await db.comment.update({ where: { id: commentIds[0] }, data: { deletedAt: new Date() } });
    expect(await countUnread(reader)).toBe(4);
    await db.annotation.update({ where: { id: annotationId }, data: { deletedAt: new Date() } });
    expect(await countUnread(reader)).toBe(2);
  });

  it("holds a page's worth by default and refuses a cursor it did not give out", async () => {
    const { reader } = await inboxOfFive();
    expect((await listInbox(reader)).items).toHaveLength(5);
    expect(inboxQuerySchema.safeParse({ cursor: "WyJ4Il0" }).error?.issues[0].message).toBe(BAD_CURSOR);
    expect(inboxQuerySchema.safeParse({ limit: "1000" }).success).toBe(false);
  });
});
