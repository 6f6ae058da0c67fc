import { afterAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/tests/factories";
import { db } from "../db/client";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors/domain-error";
import { addSource } from "./add-source";
import { createAnnotation, MAX_ANNOTATIONS_PER_ARTICLE } from "./create-annotation";
import { deleteAnnotation, restoreAnnotation } from "./delete-annotation";
import { getAnnotation } from "./get-annotation";
import { listAnnotationSummaries } from "./list-annotation-summaries";
import { listAnnotations } from "./list-annotations";
import { searchStoryAnnotations } from "./search-annotations";
import { updateAnnotation } from "./update-annotation";
import { removeSource, updateSource } from "./update-source";
import { runDueJobs as archivesSettled } from "../background/background-jobs";

afterAll(() => db.$disconnect());

const PARAGRAPHS = [
  "The two leaders spoke after reports said 70.3 million pieces of French telephone data were recorded.",
  "\u00a0“Some of which have distorted our activities,” the White House said 😀 on Monday.",
];

async function setup() {
  const article = await createArticle(PARAGRAPHS);
  const author = await createUser("ANNOTATOR");
  const at = (quote: string) => {
    const start = article.text.indexOf(quote);
    return { start, end: start + quote.length, exact: quote };
  };
  return { article, author, at };
}

const count = (articleId: string) => db.annotation.count({ where: { articleId } });

describe("createAnnotation", () => {
  it("stores both selectors, with prefix and suffix computed on the server, and an activity", async () => {
    const { article, author, at } = await setup();
    const created = await createAnnotation(author, article.id, { kind: "FIGURE", ...at("70.3 million") });
    const row = await db.annotation.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ kind: "FIGURE", exact: "70.3 million", prefix: article.text.slice(created.start - 32, created.start), suffix: expect.stringMatching(/^ pieces of French/) });
    expect(article.text.slice(row.start, row.end)).toBe("70.3 million");
    expect(await db.activity.count({ where: { annotationId: created.id, action: "annotation.created" } })).toBe(1);
  });

  it("answers with the annotation exactly as it reads back, and records it and its feed entry with the same time and order", async () => {
    const { article, author, at } = await setup();
    const before = Date.now();
    const created = await createAnnotation(author, article.id, { kind: "FIGURE", ...at("70.3 million"), note: "<p>Checked</p>" });
    // The row is written in SQL and the answer built from it: it must match Prisma's own read.
    expect(await getAnnotation(author, created.id)).toEqual(created);
    expect(created).toMatchObject({ figure: { value: 70_300_000, unit: "pieces of French telephone data" }, status: "DRAFT", version: 1, sources: [] });
    const activity = await db.activity.findFirstOrThrow({ where: { annotationId: created.id } });
    const entry = await db.articleEvent.findFirstOrThrow({ where: { articleId: article.id, annotationId: created.id } });
    expect(entry).toMatchObject({ type: "annotation.created", version: 1, actorId: author.id });
    // Times are stored in UTC, as Prisma stores them, whatever the database's time zone.
    for (const time of [activity.createdAt, entry.createdAt, new Date(created.createdAt)]) {
      expect(time.getTime()).toBeGreaterThanOrEqual(before - 1_000);
      expect(time.getTime()).toBeLessThanOrEqual(Date.now() + 1_000);
    }
  });

  it("anchors across paragraphs, around no-break spaces, curly quotes and emoji", async () => {
    const { article, author, at } = await setup();
    const quote = "recorded.\n\n\u00a0“Some of which have distorted our activities,” the White House said 😀";
    const created = await createAnnotation(author, article.id, { kind: "CLAIM", ...at(quote) });
    expect(created.exact).toBe(quote);
    expect(created.suffix).toBe(" on Monday.");
  });

  it.each([
    ["an empty selection", () => ({ start: 5, end: 5, exact: "" })],
    ["a whitespace-only selection", (t: string) => ({ start: t.indexOf("\n"), end: t.indexOf("\n") + 3, exact: t.slice(t.indexOf("\n"), t.indexOf("\n") + 3) })],
    ["offsets outside the text", (t: string) => ({ start: t.length - 2, end: t.length + 5, exact: "y." })],
    ["reversed offsets", () => ({ start: 10, end: 4, exact: "two" })],
    ["a quote that does not match", () => ({ start: 4, end: 7, exact: "six" })],
    ["half an emoji", (t: string) => ({ start: t.indexOf("😀"), end: t.indexOf("😀") + 1, exact: t.slice(t.indexOf("😀"), t.indexOf("😀") + 1) })],
  ])("refuses %s and writes nothing", async (_label, range) => {
    const { article, author } = await setup();
    await expect(createAnnotation(author, article.id, { kind: "CLAIM", ...range(article.text) })).rejects.toBeInstanceOf(ValidationError);
    expect(await count(article.id)).toBe(0);
    expect(await db.activity.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("refuses an unknown article with 404", async () => {
    const author = await createUser();
    await expect(createAnnotation(author, "nope", { kind: "CLAIM", start: 0, end: 1, exact: "x" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keeps only bold, italic, links and lists in the note", async () => {
    const { article, author, at } = await setup();
    const created = await createAnnotation(author, article.id, {
      kind: "CLAIM",
      ...at("distorted"),
      note: '<p onclick="x()"><b>Bold</b> <script>alert(1)</script><a href="javascript:alert(1)">bad</a> <a href="https://ok.example/">good</a><img src=x onerror=alert(1)></p><h1>Title</h1>',
    });
    expect(created.note).toBe('<p><strong>Bold</strong> bad <a href="https://ok.example/" rel="noopener noreferrer nofollow" target="_blank">good</a></p>Title');
  });
});

describe("annotations per article (security review, item 8)", () => {
  /** An article holding the most annotations it may, but `left`, and the create that would fill one place. */
  async function articleWithPlacesLeft(left: number) {
    const article = await createArticle(["The NSA recorded 70.3 million pieces of data."]);
    const author = await createUser("ANNOTATOR");
    const row = { articleId: article.id, kind: "FIGURE" as const, start: 17, end: 29, exact: "70.3 million", prefix: "", suffix: "", authorId: author.id };
    await db.annotation.createMany({ data: Array.from({ length: MAX_ANNOTATIONS_PER_ARTICLE - left }, () => row) });
    return { article, author, input: { kind: "FIGURE" as const, start: 17, end: 29, exact: "70.3 million" } };
  }

  it("refuses a new annotation once an article holds the most it can, with a message; deleted ones do not count", async () => {
    const { article, author, input } = await articleWithPlacesLeft(1);
    const last = await createAnnotation(author, article.id, input);
    await expect(createAnnotation(author, article.id, input)).rejects.toThrow(/already has 5,000 annotations/);
    await deleteAnnotation(author, last.id);
    expect((await createAnnotation(author, article.id, input)).exact).toBe("70.3 million");
  });

  it("lets parallel creates fill the last places and no more", async () => {
    const { article, author, input } = await articleWithPlacesLeft(2);
    const outcomes = await Promise.allSettled(Array.from({ length: 6 }, () => createAnnotation(author, article.id, input)));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(2);
    const refusals = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason] : []));
    expect(refusals).toHaveLength(4);
    for (const reason of refusals) expect(reason).toMatchObject({ message: expect.stringMatching(/already has 5,000 annotations/) });
    expect(await db.annotation.count({ where: { articleId: article.id, deletedAt: null } })).toBe(MAX_ANNOTATIONS_PER_ARTICLE);
    expect(await db.articleEvent.count({ where: { articleId: article.id } })).toBe(2);
  });
});

describe("updating and deleting", () => {
  it("lets the author and editors edit, refuses another annotator, and checks the version", async () => {
    const { article, author, at } = await setup();
    const created = await createAnnotation(author, article.id, { kind: "CLAIM", ...at("distorted") });
    const stranger = await createUser("ANNOTATOR");
    await expect(updateAnnotation(stranger, created.id, { version: 1, kind: "DENIAL" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteAnnotation(stranger, created.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.annotation.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ kind: "CLAIM", version: 1, deletedAt: null });

    const v2 = await updateAnnotation(author, created.id, { version: 1, kind: "DENIAL" });
    expect(v2).toMatchObject({ kind: "DENIAL", version: 2 });
    const editor = await createUser("EDITOR");
    const stale = updateAnnotation(editor, created.id, { version: 1, note: "<p>mine</p>" });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ details: { current: { version: 2, kind: "DENIAL" } } });
    expect((await db.annotation.findUniqueOrThrow({ where: { id: created.id } })).note).toBe("");
    expect(await updateAnnotation(editor, created.id, { version: 2, note: "<p>mine</p>" })).toMatchObject({ note: "<p>mine</p>", version: 3 });
  });

  it("deletes softly and restores", async () => {
    const { article, author, at } = await setup();
    const created = await createAnnotation(author, article.id, { kind: "FIGURE", ...at("70.3 million") });
    await deleteAnnotation(author, created.id);
    expect(await listAnnotations(author, article.id)).toEqual([]);
    expect(await db.annotation.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ deletedAt: expect.any(Date) });
    await expect(updateAnnotation(author, created.id, { version: 2, kind: "CLAIM" })).rejects.toBeInstanceOf(NotFoundError);
    await restoreAnnotation(author, created.id);
    expect((await listAnnotations(author, article.id)).map((a) => a.id)).toEqual([created.id]);
  });
});

describe("listAnnotationSummaries", () => {
  it("lists live annotations in document order, outer span first, with author and source count", async () => {
    const { article, author, at } = await setup();
    const other = await createUser("EDITOR");
    const sentence = await createAnnotation(author, article.id, { kind: "CLAIM", ...at("“Some of which have distorted our activities,”") });
    const word = await createAnnotation(other, article.id, { kind: "DENIAL", ...at("distorted") });
    const sameWord = await createAnnotation(author, article.id, { kind: "CLAIM", ...at("distorted") });
    const figure = await createAnnotation(author, article.id, { kind: "FIGURE", ...at("70.3 million") });
    const gone = await createAnnotation(author, article.id, { kind: "FIGURE", ...at("Monday") });
    await deleteAnnotation(author, gone.id);
    await addSource(author, figure.id, { url: "https://example.org/a", title: "A", publisher: "", excerpt: "", relation: "SUPPORTS" });

    const listed = await listAnnotationSummaries(author, article.id);
    const sameSpan = [word, sameWord].map((a) => a.id).sort();
    expect(listed.map((a) => a.id)).toEqual([figure.id, sentence.id, ...sameSpan]);
    expect(listed[0]).toEqual({ id: figure.id, kind: "FIGURE", ...at("70.3 million"), orphaned: false, status: "DRAFT", author: { id: author.id, name: author.name }, sourceCount: 1, version: 2 });
    expect(listed.find((a) => a.id === word.id)).toMatchObject({ kind: "DENIAL", exact: "distorted", author: { id: other.id, name: other.name }, sourceCount: 0 });
    await expect(listAnnotationSummaries(author, "no-such-article")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("sources", () => {
  it("adds, edits and removes a web source, each with an activity", async () => {
    const { article, author, at } = await setup();
    const created = await createAnnotation(author, article.id, { kind: "FIGURE", ...at("70.3 million") });
    const withSource = await addSource(author, created.id, {
      url: "https://www.lemonde.fr/x",
      title: "Le Monde report",
      publisher: "Le Monde",
      excerpt: "",
      relation: "SUPPORTS",
      accessedAt: "2013-10-21",
    });
    const source = withSource.sources[0];
    expect(source).toMatchObject({ url: "https://www.lemonde.fr/x", accessedAt: "2013-10-21", relation: "SUPPORTS", archive: { state: "pending" } });
    // The tests fetch only from their own site, so the background copy of this address is refused.
    await archivesSettled();
    const edited = await updateSource(author, source.id, { version: withSource.version, relation: "CONTEXT", title: "Le Monde (English)" });
    expect(edited.sources[0]).toMatchObject({ relation: "CONTEXT", title: "Le Monde (English)" });
    const stranger = await createUser("ANNOTATOR");
    await expect(removeSource(stranger, source.id, { version: edited.version })).rejects.toBeInstanceOf(ForbiddenError);
    // Removing a source changes what the annotation says: made against an older version, it is refused (issue #27).
    await expect(removeSource(author, source.id, { version: withSource.version })).rejects.toBeInstanceOf(ConflictError);
    expect(await db.source.count({ where: { annotationId: created.id } })).toBe(1);
    expect((await removeSource(author, source.id, { version: edited.version })).sources).toEqual([]);
    expect(await db.source.count({ where: { annotationId: created.id } })).toBe(0);
    const actions = await db.activity.findMany({ where: { annotationId: created.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["annotation.created", "source.added", "source.archived", "source.updated", "source.removed"]);
  });

  it("links a corroborating annotation from the same story only", async () => {
    const { article, author, at } = await setup();
    const sibling = await createArticle(["Le Monde said more than 70 million phone calls were recorded."], article.storyId);
    const elsewhere = await createArticle(["70 million elsewhere."]);
    const mine = await createAnnotation(author, article.id, { kind: "FIGURE", ...at("70.3 million") });
    const theirs = await createAnnotation(author, sibling.id, { kind: "FIGURE", start: 24, end: 39, exact: "70 million phon" });
    const foreign = await createAnnotation(author, elsewhere.id, { kind: "FIGURE", start: 0, end: 10, exact: "70 million" });

    const hits = await searchStoryAnnotations(author, article.id, "70 MILLION");
    expect(hits.map((h) => h.id)).toEqual([theirs.id]);

    const linked = await addSource(author, mine.id, { linkedAnnotationId: theirs.id, relation: "SUPPORTS", title: "", publisher: "", excerpt: "" });
    expect(linked.sources[0].linked).toMatchObject({ id: theirs.id, articleId: sibling.id, exact: "70 million phon" });
    await expect(addSource(author, mine.id, { linkedAnnotationId: foreign.id, relation: "SUPPORTS", title: "", publisher: "", excerpt: "" })).rejects.toThrow(/same story/);
    await expect(addSource(author, mine.id, { linkedAnnotationId: mine.id, relation: "SUPPORTS", title: "", publisher: "", excerpt: "" })).rejects.toThrow(/itself/);
    expect(await db.source.count({ where: { annotationId: mine.id } })).toBe(1);
  });
});
