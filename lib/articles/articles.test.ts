import { afterAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/tests/factories";
import { createAnnotation } from "../annotations/create-annotation";
import { reattachAnnotation } from "../annotations/reattach-annotation";
import { db } from "../db/client";
import { ConflictError, ForbiddenError, ValidationError } from "../errors/domain-error";
import { createStory, updateStory } from "../stories/manage-stories";
import { decodeText, importArticle } from "./import/import-article";
import { docFromParagraphs } from "../text/plain-text";
import { saveArticleText } from "./save-article-text";
import { diffArticleVersions } from "./versions";

afterAll(() => db.$disconnect());

const fields = (over: object = {}) => ({ title: "Imported", outlet: undefined, format: "html" as const, allowDuplicate: false, ...over });

describe("importing", () => {
  it("imports HTML clean, as version 1, and warns about the same text twice", async () => {
    const editor = await createUser("EDITOR");
    const story = await createStory(editor, { title: "Import story" });
    const html = '<h1>Title</h1><p>Kerry said <script>alert(1)</script>lots of countries.<img src=x onerror="alert(2)"></p>';
    const article = await importArticle(editor, story.id, fields(), html);
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id }, include: { versions: true } });
    expect(row.text).toBe("Title\n\nKerry said lots of countries.");
    expect(row.versions.map((v) => v.version)).toEqual([1]);
    await expect(importArticle(editor, story.id, fields({ title: "Again" }), html)).rejects.toBeInstanceOf(ConflictError);
    await importArticle(editor, story.id, fields({ title: "Again", allowDuplicate: true }), html);
    expect(await db.article.count({ where: { storyId: story.id } })).toBe(2);
    expect(row.deskOwned).toBe(false);
  });

  it("marks an article as the desk's own at import only for an editor, and records it", async () => {
    const editor = await createUser("EDITOR");
    const annotator = await createUser("ANNOTATOR");
    const story = await createStory(editor, { title: "Our own" });
    await expect(importArticle(annotator, story.id, fields({ deskOwned: true, format: "text" }), "Our own words.")).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.article.count({ where: { storyId: story.id } })).toBe(0);
    const own = await importArticle(editor, story.id, fields({ deskOwned: true, format: "text" }), "Our own words.");
    expect(await db.article.findUniqueOrThrow({ where: { id: own.id }, select: { deskOwned: true } })).toEqual({ deskOwned: true });
    expect((await db.activity.findFirstOrThrow({ where: { entityId: own.id, action: "article.imported" } })).after).toMatchObject({ deskOwned: true });
  });

  it("refuses empty text, invalid UTF-8, binary files and archived stories, importing nothing", async () => {
    const editor = await createUser("EDITOR");
    const story = await createStory(editor, { title: "Refusals" });
    await expect(importArticle(editor, story.id, fields(), "<script>only()</script><style>x{}</style>")).rejects.toThrow(/no article text/);
    expect(() => decodeText(new Uint8Array([0x66, 0xff, 0xfe, 0x6f]))).toThrow(/not valid UTF-8/);
    expect(() => decodeText(new Uint8Array([0x66, 0x00, 0x6f]))).toThrow(/binary/);
    expect(() => decodeText(new Uint8Array(3 * 1024 * 1024))).toThrow(/larger than the 2 MB limit/);
    await updateStory(editor, story.id, { archived: true });
    await expect(importArticle(editor, story.id, fields({ format: "text" }), "Some text")).rejects.toThrow(/archived/);
    expect(await db.article.count({ where: { storyId: story.id } })).toBe(0);
    const annotator = await createUser("ANNOTATOR");
    await expect(createStory(annotator, { title: "No" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("correcting the text", () => {
  async function annotated() {
    const article = await createArticle(["The NSA recorded 70.3 million pieces of data.", "The White House said reports distorted its activities."]);
    const editor = await createUser("EDITOR");
    const at = (quote: string) => ({ start: article.text.indexOf(quote), end: article.text.indexOf(quote) + quote.length, exact: quote });
    const figure = await createAnnotation(editor, article.id, { kind: "FIGURE", ...at("70.3 million") });
    const denial = await createAnnotation(editor, article.id, { kind: "DENIAL", ...at("distorted its activities") });
    return { article, editor, figure, denial };
  }

  it("saves a new version and keeps annotations on their words", async () => {
    const { article, editor, figure } = await annotated();
    const corrected = docFromParagraphs(["Le Monde said the NSA recorded 70.3 million pieces of data.", "The White House said reports distorted its activities."]);
    expect(await saveArticleText(editor, article.id, { baseVersion: 1, content: corrected })).toEqual({ version: 2, placed: 2, orphaned: 0 });
    const row = await db.annotation.findUniqueOrThrow({ where: { id: figure.id } });
    const text = (await db.article.findUniqueOrThrow({ where: { id: article.id } })).text;
    expect(text.slice(row.start, row.end)).toBe("70.3 million");
    expect(row.prefix.endsWith("NSA recorded ")).toBe(true);
    const { parts: diff, tooDifferent } = await diffArticleVersions(editor, article.id, 1, 2);
    expect(tooDifferent).toBe(false);
    // Reading the diff in order gives the new text; what it marks added is the new words.
    expect(diff.filter((d) => d.kind !== "removed").map((d) => d.text).join("")).toBe((await db.article.findUniqueOrThrow({ where: { id: article.id } })).text);
    expect(diff.filter((d) => d.kind === "added").map((d) => d.text).join(" ")).toMatch(/Le.*Monde said/);
  });

  it("orphans an annotation whose sentence is deleted, and it can be re-attached", async () => {
    const { article, editor, denial } = await annotated();
    await saveArticleText(editor, article.id, { baseVersion: 1, content: docFromParagraphs(["The NSA recorded 70.3 million pieces of data."]) });
    const orphan = await db.annotation.findUniqueOrThrow({ where: { id: denial.id } });
    expect(orphan).toMatchObject({ orphaned: true, deletedAt: null });
    expect(await db.activity.count({ where: { annotationId: denial.id, action: "annotation.orphaned" } })).toBe(1);
    const text = (await db.article.findUniqueOrThrow({ where: { id: article.id } })).text;
    const start = text.indexOf("recorded");
    const back = await reattachAnnotation(editor, denial.id, { version: orphan.version, start, end: start + 8, exact: "recorded" });
    expect(back).toMatchObject({ orphaned: false, exact: "recorded" });
  });

  it("refuses a save based on an old version, showing the other change, and keeps both texts", async () => {
    const { article, editor } = await annotated();
    const other = await createUser("EDITOR");
    await saveArticleText(other, article.id, { baseVersion: 1, content: docFromParagraphs(["The NSA recorded 70.3 million pieces of phone data.", "The White House said reports distorted its activities."]) });
    const stale = saveArticleText(editor, article.id, { baseVersion: 1, content: docFromParagraphs(["Mine.", "The White House said reports distorted its activities."]) });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ details: { currentVersion: 2, theirChange: expect.arrayContaining([{ kind: "added", text: "phone " }]) } });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).text).toContain("phone data");
  });

  it("refuses annotators, empty text and content outside the allowed structure", async () => {
    const { article } = await annotated();
    const annotator = await createUser("ANNOTATOR");
    const editor = await createUser("EDITOR");
    await expect(saveArticleText(annotator, article.id, { baseVersion: 1, content: docFromParagraphs(["x"]) })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveArticleText(editor, article.id, { baseVersion: 1, content: { type: "doc", content: [] } })).rejects.toThrow(/cannot be empty/);
    await expect(
      saveArticleText(editor, article.id, { baseVersion: 1, content: { type: "doc", content: [{ type: "image", attrs: { src: "x" } }] } }),
    ).rejects.toBeInstanceOf(ValidationError);
  });
});
