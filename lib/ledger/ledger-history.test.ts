import { afterAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/tests/factories";
import { createAnnotation } from "../annotations/create-annotation";
import { db } from "../db/client";
import { ValidationError } from "../errors/domain-error";
import { getArticleHistory, getStoryHistory } from "../review/history";
import { updateStory } from "../stories/manage-stories";
import { createFact, renameFact } from "./change-ledger";
import { confirmFact } from "./confirm-fact";
import { getLedger } from "./get-ledger";

afterAll(() => db.$disconnect());

describe("the ledger's history and live feed are the story's", () => {
  it("files every ledger change under the story and on its feed; an article's history and feed hold only the article's own changes", async () => {
    const annotator = await createUser("ANNOTATOR");
    const editor = await createUser("EDITOR");
    const first = await createArticle(["Le Monde said the NSA recorded 70.3 million pieces of French telephone data."]);
    const second = await createArticle(["The agency intercepted more than 70 million phone calls in France."], first.storyId);
    const tag = (article: { id: string; text: string }, words: string) => {
      const start = article.text.indexOf(words);
      return createAnnotation(annotator, article.id, { kind: "FIGURE", start, end: start + words.length, exact: words });
    };
    const a = await tag(first, "70.3 million");
    const b = await tag(second, "70 million");
    const before = (await getLedger(annotator, first.storyId)).position;

    const fact = await createFact(annotator, first.storyId, { label: "French phone records", unit: null, annotationIds: [a.id, b.id] });
    const renamed = await renameFact(annotator, fact.id, { version: fact.version, label: "Phone records", unit: "records" });
    await confirmFact(editor, fact.id, { version: renamed.version });

    const story = await getStoryHistory(editor, first.storyId);
    expect(story.items.map((entry) => [entry.action, entry.actor.id])).toEqual([
      ["fact.confirmed", editor.id],
      ["fact.updated", annotator.id],
      ["fact.created", annotator.id],
    ]);
    // The first article used to carry the ledger: now each article's history is its own annotation.
    expect((await getArticleHistory(editor, first.id)).items.map((entry) => [entry.action, entry.annotation?.id])).toEqual([["annotation.created", a.id]]);
    expect((await getArticleHistory(editor, second.id)).items.map((entry) => [entry.action, entry.annotation?.id])).toEqual([["annotation.created", b.id]]);
    expect(await db.activity.count({ where: { entityId: fact.id, articleId: { not: null } } })).toBe(0);

    // The same on the live feeds: the story's own feed holds the ledger's changes, numbered in order.
    expect(await db.storyEvent.findMany({ where: { storyId: first.storyId }, orderBy: { seq: "asc" }, select: { seq: true, type: true, entityId: true } })).toEqual([
      { seq: 1, type: "fact.created", entityId: fact.id },
      { seq: 2, type: "fact.updated", entityId: fact.id },
      { seq: 3, type: "fact.confirmed", entityId: fact.id },
    ]);
    expect(await db.articleEvent.findMany({ where: { articleId: first.id }, select: { type: true } })).toEqual([{ type: "annotation.created" }]);
    // A ledger page counts them: its position moved on by three.
    expect((await getLedger(annotator, first.storyId)).position).toBe(before + 3);
  });

  it("keeps the story's own changes there too, and refuses ledger changes on an archived story without filing anything", async () => {
    const editor = await createUser("EDITOR");
    const article = await createArticle(["Officials counted 12 people and 70 million calls."]);
    const start = article.text.indexOf("12 people");
    const figure = await createAnnotation(editor, article.id, { kind: "FIGURE", start, end: start + "12 people".length, exact: "12 people" });
    await updateStory(editor, article.storyId, { archived: true });
    await expect(createFact(editor, article.storyId, { label: "People", unit: null, annotationIds: [figure.id] })).rejects.toThrow(ValidationError);

    expect((await getStoryHistory(editor, article.storyId)).items.map((entry) => entry.action)).toEqual(["story.updated"]);
    expect(await db.storyEvent.count({ where: { storyId: article.storyId } })).toBe(0);
    expect((await getArticleHistory(editor, article.id)).items.map((entry) => entry.action)).toEqual(["annotation.created"]);
  });
});
