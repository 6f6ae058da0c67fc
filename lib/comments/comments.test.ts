import { afterAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/tests/factories";
import { createAnnotation } from "../annotations/create-annotation";
import { deleteAnnotation } from "../annotations/delete-annotation";
import { db } from "../db/client";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors/domain-error";
import { listArticleEvents } from "../realtime/article-feed";
import { getAnnotationHistory, getArticleHistory } from "../review/history";
import { cleanCommentText, mentionsName } from "./comment-text";
import { countUnread, listInbox, markRead } from "./inbox";
import { listComments } from "./list-comments";
import { createComment, deleteComment, updateComment } from "./write-comment";

afterAll(() => db.$disconnect());

async function setup() {
  const article = await createArticle(["The agency recorded 70.3 million pieces of French telephone data."]);
  const author = await createUser("ANNOTATOR");
  const editor = await db.user.update({ where: { id: (await createUser("EDITOR")).id }, data: { name: "Edith Desk" } });
  const start = article.text.indexOf("70.3 million");
  const annotation = await createAnnotation(author, article.id, { kind: "FIGURE", start, end: start + 12, exact: "70.3 million" });
  return { article, author, editor: { ...editor, role: "EDITOR" as const }, annotation };
}

describe("comment text", () => {
  it("keeps line breaks, drops control and bidi-override characters, and collapses blank lines", () => {
    expect(cleanCommentText("  Check\r\n\r\n\r\nthis\u0000\u202e please \u0007 ")).toBe("Check\n\nthis please");
  });
  it("finds @Name mentions without matching a longer name", () => {
    expect(mentionsName("Thanks @Edith Desk, see above", "Edith Desk")).toBe(true);
    expect(mentionsName("@edith desk", "Edith Desk")).toBe(true);
    expect(mentionsName("@Edith Desker", "Edith Desk")).toBe(false);
    expect(mentionsName("Edith Desk", "Edith Desk")).toBe(false);
  });
});

describe("comments", () => {
  it("threads replies under the first comment, one level deep, and publishes each to the article's feed", async () => {
    const { article, author, editor, annotation } = await setup();
    const first = await createComment(author, annotation.id, { body: "Where is this figure from?", mentions: [] });
    const reply = await createComment(editor, annotation.id, { body: "The Le Monde report.", parentId: first.id, mentions: [] });
    const nested = await createComment(author, annotation.id, { body: "Thanks!", parentId: reply.id, mentions: [] });
    expect(nested.parentId).toBe(first.id);
    const threads = await listComments(author, annotation.id);
    expect(threads).toHaveLength(1);
    expect(threads[0].replies.map((r) => r.body)).toEqual(["The Le Monde report.", "Thanks!"]);
    const events = await listArticleEvents(article.id, 0, 10);
    expect(events.filter((e) => e.type === "comment.created").map((e) => e.entityId)).toEqual([first.id, reply.id, nested.id]);
  });

  it("puts a mention in the mentioned person's inbox, unread until they read it", async () => {
    const { author, editor, annotation } = await setup();
    await createComment(author, annotation.id, { body: "@Edith Desk can you check the source?", mentions: [editor.id] });
    expect(await countUnread(editor)).toBe(1);
    const [entry] = (await listInbox(editor)).items;
    expect(entry).toMatchObject({ read: false, by: { id: author.id }, annotation: { id: annotation.id, exact: "70.3 million" } });
    expect(await markRead(author, { ids: [entry.id] })).toEqual({ updated: 0 });
    expect(await markRead(editor, { ids: [entry.id] })).toEqual({ updated: 1 });
    expect(await countUnread(editor)).toBe(0);
  });

  it("refuses empty text, a mention the words do not carry, unknown people and replies across annotations, writing nothing", async () => {
    const { author, editor, annotation, article } = await setup();
    const start = article.text.indexOf("French");
    const other = await createAnnotation(author, article.id, { kind: "CLAIM", start, end: start + 6, exact: "French" });
    const elsewhere = await createComment(author, other.id, { body: "Elsewhere", mentions: [] });
    await expect(createComment(author, annotation.id, { body: " \u0000 ", mentions: [] })).rejects.toBeInstanceOf(ValidationError);
    await expect(createComment(author, annotation.id, { body: "Please check", mentions: [editor.id] })).rejects.toThrow("@Edith Desk");
    await expect(createComment(author, annotation.id, { body: "@Nobody", mentions: ["nobody"] })).rejects.toBeInstanceOf(ValidationError);
    await expect(createComment(author, annotation.id, { body: "Reply", parentId: elsewhere.id, mentions: [] })).rejects.toBeInstanceOf(ValidationError);
    expect(await db.comment.count({ where: { annotationId: annotation.id } })).toBe(0);
    expect(await db.mention.count({ where: { userId: editor.id } })).toBe(0);
  });

  it("lets only the author rewrite, refuses a stale rewrite with the current text, and lets editors delete", async () => {
    const { author, editor, annotation } = await setup();
    const comment = await createComment(author, annotation.id, { body: "First thought", mentions: [] });
    await expect(updateComment(editor, comment.id, { version: 1, body: "Hijacked", mentions: [] })).rejects.toBeInstanceOf(ForbiddenError);
    const edited = await updateComment(author, comment.id, { version: 1, body: "Second thought, @Edith Desk", mentions: [editor.id] });
    expect(edited).toMatchObject({ version: 2, edited: true, mentions: [{ id: editor.id, name: "Edith Desk" }] });
    const stale = updateComment(author, comment.id, { version: 1, body: "Lost?", mentions: [] });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ details: { current: { body: "Second thought, @Edith Desk" } } });
    await deleteComment(editor, comment.id);
    expect(await listComments(author, annotation.id)).toEqual([]);
    expect(await countUnread(editor)).toBe(0);
    await expect(deleteComment(editor, comment.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("deleted comments stay unreadable through the history: their words are redacted (security review, item 14)", async () => {
    const { author, editor, annotation, article } = await setup();
    const comment = await createComment(author, annotation.id, { body: "My private doubt about the source", mentions: [] });
    await updateComment(author, comment.id, { version: 1, body: "A second private doubt", mentions: [] });
    await deleteComment(author, comment.id);
    for (const { items: history } of [await getAnnotationHistory(editor, annotation.id), await getArticleHistory(editor, article.id)]) {
      const text = JSON.stringify(history);
      expect(text).not.toContain("private doubt");
      expect(history.filter((h) => h.action.startsWith("comment."))).toHaveLength(3);
    }
    // A live comment's history keeps its words.
    await createComment(author, annotation.id, { body: "Still standing", mentions: [] });
    expect(JSON.stringify(await getAnnotationHistory(editor, annotation.id))).toContain("Still standing");
  });

  it("refuses comments on a deleted annotation", async () => {
    const { author, annotation } = await setup();
    await deleteAnnotation(author, annotation.id);
    await expect(createComment(author, annotation.id, { body: "Still there?", mentions: [] })).rejects.toBeInstanceOf(NotFoundError);
  });
});
