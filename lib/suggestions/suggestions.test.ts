import { afterAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/tests/factories";
import { saveArticleText } from "../articles/save-article-text";
import { docFromParagraphs } from "../text/plain-text";
import { createAnnotation } from "../annotations/create-annotation";
import { db } from "../db/client";
import { ConflictError, NotFoundError } from "../errors/domain-error";
import { acceptAllSuggestions, acceptSuggestion, dismissSuggestion, restoreSuggestion } from "./decide-suggestion";
import { listSuggestions } from "./list-suggestions";

afterAll(() => db.$disconnect());

const PARAGRAPHS = [
  "Le Monde reported that the NSA recorded 70.3 million pieces of French telephone data over a 30-day period.",
  "The White House said some reports had distorted its activities.",
  "Officials said more than 3 million calls a day were logged.",
];

async function setup() {
  const article = await createArticle(PARAGRAPHS);
  const annotator = await createUser("ANNOTATOR");
  const list = async () => (await listSuggestions(annotator, article.id)).suggestions;
  const find = async (exact: string) => {
    const found = (await list()).find((s) => s.exact === exact);
    if (!found) throw new Error(`No suggestion "${exact}" in ${JSON.stringify((await list()).map((s) => s.exact))}`);
    return found;
  };
  return { article, annotator, list, find };
}

describe("suggestions", () => {
  it("are computed on first read, in document order, with a figure's value and what it counts", async () => {
    const { list, find } = await setup();
    const suggestions = await list();
    expect(suggestions.map((s) => s.start)).toEqual([...suggestions.map((s) => s.start)].sort((a, b) => a - b));
    expect(await find("70.3 million pieces of French telephone data")).toMatchObject({ kind: "FIGURE", value: 70300000, unit: "pieces of French telephone data", status: "OPEN" });
    expect(await find("more than 3 million calls a day")).toMatchObject({ kind: "FIGURE", value: 3000000, unit: "calls per day" });
    expect(suggestions.some((s) => s.kind === "DENIAL" && s.reason.includes("distorted"))).toBe(true);
    expect(suggestions.some((s) => s.kind === "CLAIM")).toBe(true);
  });

  it("carry a stored check-worthiness and can be listed most check-worthy first", async () => {
    const { article, annotator, list } = await setup();
    const inText = await list();
    const byScore = (await listSuggestions(annotator, article.id, "score")).suggestions;
    expect(byScore.map((s) => s.id).sort()).toEqual(inText.map((s) => s.id).sort());
    for (const s of byScore) expect(s.score).toBeGreaterThan(0);
    const scores = byScore.map((s) => s.score ?? 0);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(scores).size).toBeGreaterThan(1);
    const stored = await db.suggestion.findMany({ where: { articleId: article.id }, select: { score: true } });
    expect(stored.every((s) => s.score !== null && s.score > 0 && s.score < 1)).toBe(true);
  });

  it("made before scores existed are scored on the next read", async () => {
    const { article, list } = await setup();
    await list();
    await db.suggestion.updateMany({ where: { articleId: article.id }, data: { score: null } });
    expect((await list()).every((s) => s.score !== null)).toBe(true);
  });

  it("accepting makes a DRAFT annotation by the person who accepted, with the figure's value, recorded as from a suggestion", async () => {
    const { annotator, find, list } = await setup();
    const suggestion = await find("70.3 million pieces of French telephone data");
    const annotation = await acceptSuggestion(annotator, suggestion.id);
    expect(annotation).toMatchObject({ kind: "FIGURE", status: "DRAFT", author: { id: annotator.id }, exact: suggestion.exact, figure: { value: 70300000, valueMax: null } });
    const created = await db.activity.findFirstOrThrow({ where: { annotationId: annotation.id, action: "annotation.created" } });
    expect(created.after).toMatchObject({ fromSuggestion: suggestion.id });
    expect((await list()).some((s) => s.id === suggestion.id)).toBe(false);
    await expect(acceptSuggestion(annotator, suggestion.id)).rejects.toThrow(ConflictError);
    await expect(dismissSuggestion(annotator, suggestion.id)).rejects.toThrow(ConflictError);
  });

  it("dismissing hides it for everyone and is recorded; restoring brings it back; the wrong step is a conflict", async () => {
    const { annotator, find, list } = await setup();
    const other = await createUser("EDITOR");
    const suggestion = await find("more than 3 million calls a day");
    const dismissed = await dismissSuggestion(annotator, suggestion.id);
    expect(dismissed).toMatchObject({ status: "DISMISSED", decidedBy: { id: annotator.id } });
    const seenByOther = (await listSuggestions(other, suggestion.articleId)).suggestions.find((s) => s.id === suggestion.id);
    expect(seenByOther?.status).toBe("DISMISSED");
    expect(await db.activity.count({ where: { entityId: suggestion.id, action: "suggestion.dismissed", actorId: annotator.id } })).toBe(1);
    await expect(dismissSuggestion(other, suggestion.id)).rejects.toThrow(ConflictError);
    expect(await restoreSuggestion(other, suggestion.id)).toMatchObject({ status: "OPEN", decidedBy: null });
    await expect(restoreSuggestion(other, suggestion.id)).rejects.toThrow(ConflictError);
    expect((await list()).find((s) => s.id === suggestion.id)?.status).toBe("OPEN");
    await expect(dismissSuggestion(other, "no-such-suggestion")).rejects.toThrow(NotFoundError);
  });

  it("are not shown where an annotation of the same kind already covers the words", async () => {
    const { article, annotator, list } = await setup();
    const start = article.text.indexOf("70.3 million");
    await createAnnotation(annotator, article.id, { kind: "FIGURE", start, end: start + 12, exact: "70.3 million" });
    const figures = (await list()).filter((s) => s.kind === "FIGURE");
    expect(figures.some((s) => s.exact.includes("70.3 million"))).toBe(false);
    expect(figures.length).toBeGreaterThan(0);
  });

  it("accept all figures accepts each open figure once", async () => {
    const { article, annotator, list } = await setup();
    const open = (await list()).filter((s) => s.kind === "FIGURE" && s.status === "OPEN").length;
    expect(await acceptAllSuggestions(annotator, article.id, "FIGURE")).toEqual({ accepted: open });
    expect((await list()).filter((s) => s.kind === "FIGURE")).toEqual([]);
    expect(await db.annotation.count({ where: { articleId: article.id, kind: "FIGURE" } })).toBe(open);
    expect(await acceptAllSuggestions(annotator, article.id, "FIGURE")).toEqual({ accepted: 0 });
  });

  it("follow their words through a text correction, and a dismissed one does not come back when its words are suggested again", async () => {
    const { article, annotator, find } = await setup();
    const editor = await createUser("EDITOR");
    const figure = await find("70.3 million pieces of French telephone data");
    const dismissed = await find("more than 3 million calls a day");
    await dismissSuggestion(annotator, dismissed.id);

    const corrected = docFromParagraphs(["Breaking: an update.", ...PARAGRAPHS]);
    await saveArticleText(editor, article.id, { baseVersion: 1, content: corrected });
    const moved = await db.suggestion.findUniqueOrThrow({ where: { id: figure.id } });
    const text = (await db.article.findUniqueOrThrow({ where: { id: article.id } })).text;
    expect(moved.start).toBe(figure.start + "Breaking: an update.\n\n".length);
    expect(text.slice(moved.start, moved.end)).toBe(figure.exact);
    expect(moved.status).toBe("OPEN");

    // The dismissed words leave with one correction and come back with the next: still dismissed, never proposed twice.
    await saveArticleText(editor, article.id, { baseVersion: 2, content: docFromParagraphs(PARAGRAPHS.slice(0, 2)) });
    await saveArticleText(editor, article.id, { baseVersion: 3, content: docFromParagraphs(PARAGRAPHS) });
    const all = await db.suggestion.findMany({ where: { articleId: article.id, exact: dismissed.exact } });
    expect(all.map((s) => s.status)).toEqual(["DISMISSED"]);
    expect((await listSuggestions(annotator, article.id)).suggestions.filter((s) => s.exact === dismissed.exact && s.status === "OPEN")).toEqual([]);
  });
});
