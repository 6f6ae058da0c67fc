import { afterAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/tests/factories";
import { addSource } from "../annotations/add-source";
import { createAnnotation } from "../annotations/create-annotation";
import { updateAnnotation } from "../annotations/update-annotation";
import { docFromParagraphs } from "../text/plain-text";
import { saveArticleText } from "../articles/save-article-text";
import { createComment } from "../comments/write-comment";
import { db } from "../db/client";
import { ValidationError } from "../errors/domain-error";
import { reviewAnnotation } from "../review/review-annotation";
import { updateStory } from "./manage-stories";

afterAll(() => db.$disconnect());

describe("an archived story (security review, item 17)", () => {
  it("refuses annotations, sources, comments, reviews and corrections, and writes nothing", async () => {
    const article = await createArticle(["The NSA recorded 70.3 million pieces of data."]);
    const author = await createUser("ANNOTATOR");
    const editor = await createUser("EDITOR");
    const annotation = await createAnnotation(author, article.id, { kind: "FIGURE", start: 17, end: 29, exact: "70.3 million" });
    await updateStory(editor, article.storyId, { archived: true });
    const activityBefore = await db.activity.count({ where: { articleId: article.id } });

    const attempts = [
      () => createAnnotation(author, article.id, { kind: "CLAIM", start: 0, end: 7, exact: "The NSA" }),
      () => updateAnnotation(author, annotation.id, { version: 1, note: "<p>late</p>" }),
      () => addSource(author, annotation.id, { url: "https://example.org/", relation: "SUPPORTS", title: "", publisher: "", excerpt: "" }),
      () => createComment(author, annotation.id, { body: "Anyone?", mentions: [] }),
      () => reviewAnnotation(author, annotation.id, { action: "SUBMIT", version: 1 }),
      () => saveArticleText(editor, article.id, { baseVersion: 1, content: docFromParagraphs(["Corrected text."]) }),
    ];
    for (const attempt of attempts) {
      const refused = attempt();
      await expect(refused).rejects.toBeInstanceOf(ValidationError);
      await expect(refused).rejects.toThrow(/archived/);
    }
    expect(await db.activity.count({ where: { articleId: article.id } })).toBe(activityBefore);
    expect(await db.annotation.findUniqueOrThrow({ where: { id: annotation.id } })).toMatchObject({ version: 1, note: "" });

    // Restored, it takes work again.
    await updateStory(editor, article.storyId, { archived: false });
    expect((await updateAnnotation(author, annotation.id, { version: 1, note: "<p>back</p>" })).version).toBe(2);
  });
});
