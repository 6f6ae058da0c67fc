import { afterAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/tests/factories";
import { addSource } from "../annotations/add-source";
import { createAnnotation } from "../annotations/create-annotation";
import { deleteAnnotation, restoreAnnotation } from "../annotations/delete-annotation";
import { reattachAnnotation } from "../annotations/reattach-annotation";
import { updateAnnotation } from "../annotations/update-annotation";
import { removeSource, updateSource } from "../annotations/update-source";
import { docFromParagraphs } from "../text/plain-text";
import { saveArticleText } from "../articles/save-article-text";
import { db } from "../db/client";
import { ConflictError, ForbiddenError, ValidationError } from "../errors/domain-error";
import { reviewAnnotation } from "./review-annotation";

afterAll(() => db.$disconnect());

const SENTENCE = "The NSA recorded 70.3 million pieces of data, which Washington called distorted.";
const row = (id: string) => db.annotation.findUniqueOrThrow({ where: { id } });

/** An annotator's figure with one source, submitted and approved by an editor: version 4. */
async function approved() {
  const article = await createArticle([SENTENCE]);
  const author = await createUser("ANNOTATOR");
  const editor = await createUser("EDITOR");
  const quote = "70.3 million";
  const start = article.text.indexOf(quote);
  const created = await createAnnotation(author, article.id, { kind: "FIGURE", start, end: start + quote.length, exact: quote, note: "<p>Le Monde</p>" });
  const withSource = await addSource(author, created.id, { relation: "SUPPORTS", url: "https://www.lemonde.fr/", title: "Le Monde", publisher: "", excerpt: "" });
  await reviewAnnotation(author, created.id, { action: "SUBMIT", version: withSource.version });
  const done = await reviewAnnotation(editor, created.id, { action: "APPROVE", version: withSource.version + 1, verdict: { kind: "FIGURE", outcome: "CONFIRMED" } });
  expect(done).toMatchObject({ status: "APPROVED", version: 4 });
  return { article, author, editor, id: created.id, sourceId: withSource.sources[0].id, version: done.version };
}

/** Checks that the last audit record of the annotation says it went back to review. */
async function expectReopened(id: string, action: string) {
  const last = await db.activity.findFirstOrThrow({ where: { annotationId: id }, orderBy: { createdAt: "desc" } });
  expect(last.action).toBe(action);
  expect(last.before).toMatchObject({ status: "APPROVED", verdict: { kind: "FIGURE", outcome: "CONFIRMED" } });
  expect(last.after).toMatchObject({ status: "SUBMITTED", verdict: null, reopened: true });
}

describe("four-eyes review is bypassed after approval (security review, item 1)", () => {
  it("an author's change to kind and note sends an approved annotation back to review with its verdict cleared", async () => {
    const { author, id, version } = await approved();
    const changed = await updateAnnotation(author, id, { version, kind: "CLAIM", note: "<p>My own words now</p>" });
    expect(changed).toMatchObject({ status: "SUBMITTED", verdict: null, reviewer: null, version: version + 1 });
    expect(await row(id)).toMatchObject({ status: "SUBMITTED", verdict: null, reviewerId: null, reviewedAt: null });
    await expectReopened(id, "annotation.updated");
  });

  it("adding, editing or removing a source of an approved annotation makes a new version and sends it back to review", async () => {
    for (const change of ["add", "edit", "remove"] as const) {
      const { author, id, sourceId, version } = await approved();
      const after =
        change === "add"
          ? await addSource(author, id, { relation: "REFUTES", url: "https://example.org/other", title: "", publisher: "", excerpt: "" })
          : change === "edit"
            ? await updateSource(author, sourceId, { version, relation: "REFUTES" })
            : await removeSource(author, sourceId, { version });
      expect(after).toMatchObject({ status: "SUBMITTED", verdict: null, version: version + 1 });
      await expectReopened(id, { add: "source.added", edit: "source.updated", remove: "source.removed" }[change]);
    }
  });

  it("a source edit based on an old version is refused (409) and changes nothing", async () => {
    const { author, sourceId, id, version } = await approved();
    await expect(updateSource(author, sourceId, { version: version - 1, title: "Stale" })).rejects.toBeInstanceOf(ConflictError);
    expect(await row(id)).toMatchObject({ status: "APPROVED", version });
  });

  it("re-attach is only for orphans: a placed annotation cannot be moved to other words", async () => {
    const { article, author, id, version } = await approved();
    const quote = "distorted";
    const start = article.text.indexOf(quote);
    await expect(reattachAnnotation(author, id, { version, start, end: start + quote.length, exact: quote })).rejects.toBeInstanceOf(ValidationError);
    expect(await row(id)).toMatchObject({ exact: "70.3 million", status: "APPROVED", version });
  });

  it("re-attaching an orphan that was approved sends it back to review", async () => {
    const { article, author, id, version } = await approved();
    await db.annotation.update({ where: { id }, data: { orphaned: true } });
    const start = article.text.indexOf("70.3 million");
    const placed = await reattachAnnotation(author, id, { version, start, end: start + 4, exact: "70.3" });
    expect(placed).toMatchObject({ exact: "70.3", orphaned: false, status: "SUBMITTED", verdict: null });
    await expectReopened(id, "annotation.reattached");
  });

  it("deleting an approved annotation needs an editor", async () => {
    const { author, editor, id, version } = await approved();
    await expect(deleteAnnotation(author, id)).rejects.toThrow(/approved: only an editor can delete it/);
    expect(await row(id)).toMatchObject({ deletedAt: null, version });
    expect((await deleteAnnotation(editor, id)).deleted).toBe(true);
  });

  it("restoring what an editor deleted needs an editor; an author restores what they deleted themselves", async () => {
    const { author, editor, id } = await approved();
    await deleteAnnotation(editor, id);
    await expect(restoreAnnotation(author, id)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await row(id)).deletedAt).not.toBeNull();
    expect((await restoreAnnotation(editor, id)).deleted).toBe(false);

    const article = await createArticle([SENTENCE]);
    const draft = await createAnnotation(author, article.id, { kind: "DENIAL", start: article.text.indexOf("distorted"), end: article.text.indexOf("distorted") + 9, exact: "distorted" });
    await deleteAnnotation(author, draft.id);
    expect((await restoreAnnotation(author, draft.id)).deleted).toBe(false);
  });
});

describe("a text correction under an approved annotation", () => {
  it("sends it back to review when its quoted words were corrected, and leaves it approved when they were not", async () => {
    const { article, editor, id } = await approved();
    const kept = await approved();
    const corrected = SENTENCE.replace("70.3 million", "70.4 million");
    await saveArticleText(editor, article.id, { baseVersion: 1, content: docFromParagraphs([corrected]) });
    expect(await row(id)).toMatchObject({ exact: "70.4 million", status: "SUBMITTED", verdict: null });
    const untouched = SENTENCE.replace("Washington", "the White House");
    await saveArticleText(kept.editor, kept.article.id, { baseVersion: 1, content: docFromParagraphs([untouched]) });
    expect(await row(kept.id)).toMatchObject({ exact: "70.3 million", status: "APPROVED" });
  });
  it("the editor who corrected the quoted words is a contributor and cannot approve the words they changed (#27)", async () => {
    const { article, editor, id } = await approved();
    const other = await createUser("EDITOR");
    await saveArticleText(editor, article.id, { baseVersion: 1, content: docFromParagraphs([SENTENCE.replace("70.3 million", "70.4 million")]) });
    const reopened = await row(id);
    expect(reopened).toMatchObject({ status: "SUBMITTED", contributorIds: [editor.id] });
    const verdict = { kind: "FIGURE" as const, outcome: "CONFIRMED" as const };
    await expect(reviewAnnotation(editor, id, { action: "APPROVE", version: reopened.version, verdict })).rejects.toThrow(/You changed this annotation/);
    expect((await row(id)).status).toBe("SUBMITTED");
    expect((await reviewAnnotation(other, id, { action: "APPROVE", version: reopened.version, verdict })).status).toBe("APPROVED");
  });

  it("a correction of a submitted annotation's words makes the correcting editor a contributor too", async () => {
    const article = await createArticle([SENTENCE]);
    const author = await createUser("ANNOTATOR");
    const editor = await createUser("EDITOR");
    const start = article.text.indexOf("70.3 million");
    const created = await createAnnotation(author, article.id, { kind: "FIGURE", start, end: start + 12, exact: "70.3 million" });
    await reviewAnnotation(author, created.id, { action: "SUBMIT", version: created.version });
    await saveArticleText(editor, article.id, { baseVersion: 1, content: docFromParagraphs([SENTENCE.replace("70.3 million", "70.4 million")]) });
    expect(await row(created.id)).toMatchObject({ status: "SUBMITTED", exact: "70.4 million", contributorIds: [editor.id] });
  });
});

describe("four-eyes can be defeated by editing (security review, item 2)", () => {
  it("an editor who rewrote someone's annotation cannot submit and approve it alone", async () => {
    const article = await createArticle([SENTENCE]);
    const author = await createUser("ANNOTATOR");
    const editor = await createUser("EDITOR");
    const other = await createUser("EDITOR");
    const start = article.text.indexOf("distorted");
    const draft = await createAnnotation(author, article.id, { kind: "DENIAL", start, end: start + 9, exact: "distorted" });
    const rewritten = await updateAnnotation(editor, draft.id, { version: 1, note: "<p>What I want published</p>" });
    expect(rewritten.contributorIds).toEqual([editor.id]);
    await reviewAnnotation(editor, draft.id, { action: "SUBMIT", version: 2 });
    const verdict = { kind: "DENIAL" as const, finding: "ESTABLISHED" as const };
    await expect(reviewAnnotation(editor, draft.id, { action: "APPROVE", version: 3, verdict })).rejects.toThrow(/You changed this annotation/);
    expect((await row(draft.id)).status).toBe("SUBMITTED");
    // Another editor may; the approval closes the round, so the first editor's later changes start a new one.
    const done = await reviewAnnotation(other, draft.id, { action: "APPROVE", version: 3, verdict });
    expect(done).toMatchObject({ status: "APPROVED", contributorIds: [] });
  });

  it("an editor who changed a submitted annotation's source cannot approve that version", async () => {
    const { author, editor, id, version } = await approved();
    const other = await createUser("EDITOR");
    const reopened = await updateAnnotation(author, id, { version, note: "<p>Rewritten</p>" });
    const withSource = await addSource(editor, id, { relation: "CONTEXT", url: "https://example.org/context", title: "", publisher: "", excerpt: "" });
    expect(withSource.version).toBe(reopened.version + 1);
    const verdict = { kind: "FIGURE" as const, outcome: "CONFIRMED" as const };
    await expect(reviewAnnotation(editor, id, { action: "APPROVE", version: withSource.version, verdict })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await reviewAnnotation(other, id, { action: "APPROVE", version: withSource.version, verdict })).status).toBe("APPROVED");
  });
});
