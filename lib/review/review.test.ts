import { afterAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/tests/factories";
import { createAnnotation } from "../annotations/create-annotation";
import { db } from "../db/client";
import { ConflictError, ForbiddenError, ValidationError } from "../errors/domain-error";
import { updateSettings } from "../settings/settings";
import { assignAnnotation, assignArticle } from "./assign";
import { getAnnotationHistory } from "./history";
import { reviewAnnotation } from "./review-annotation";
import { listMyWork, listReviewQueue } from "./review-queue";

afterAll(() => db.$disconnect());

async function submitted(kind: "CLAIM" | "FIGURE" | "DENIAL" = "CLAIM", storyId?: string) {
  const article = await createArticle(["The NSA recorded 70.3 million pieces of data, which Washington called distorted."], storyId);
  const author = await createUser("ANNOTATOR");
  const editor = await createUser("EDITOR");
  const quote = "70.3 million";
  const start = article.text.indexOf(quote);
  const annotation = await createAnnotation(author, article.id, { kind, start, end: start + quote.length, exact: quote });
  await reviewAnnotation(author, annotation.id, { action: "SUBMIT", version: 1, comment: "Ready" });
  return { article, author, editor, id: annotation.id };
}

const row = (id: string) => db.annotation.findUniqueOrThrow({ where: { id } });
const activities = (id: string) => db.activity.count({ where: { annotationId: id } });

describe("reviewAnnotation", () => {
  it("runs submit → request changes → resubmit → approve, recording each step with its comment", async () => {
    const { author, editor, id } = await submitted("FIGURE");
    expect(await row(id)).toMatchObject({ status: "SUBMITTED", submittedAt: expect.any(Date), version: 2 });
    await reviewAnnotation(editor, id, { action: "REQUEST_CHANGES", version: 2, comment: "Cite Le Monde directly." });
    await reviewAnnotation(author, id, { action: "SUBMIT", version: 3 });
    const approved = await reviewAnnotation(editor, id, { action: "APPROVE", version: 4, verdict: { kind: "FIGURE", outcome: "CONFIRMED" } });
    expect(approved).toMatchObject({ status: "APPROVED", verdict: { kind: "FIGURE", outcome: "CONFIRMED" }, reviewer: { id: editor.id } });
    const history = (await getAnnotationHistory(author, id)).items;
    expect(history.map((h) => [h.action, h.actor.id])).toEqual([
      ["annotation.created", author.id],
      ["annotation.submit", author.id],
      ["annotation.request_changes", editor.id],
      ["annotation.submit", author.id],
      ["annotation.approve", editor.id],
    ]);
    expect(history[2].after).toMatchObject({ status: "CHANGES_REQUESTED", comment: "Cite Le Monde directly." });
  });

  it("refuses approval without a verdict, or with another kind's verdict, and records nothing", async () => {
    const { editor, id } = await submitted("CLAIM");
    const before = await activities(id);
    await expect(reviewAnnotation(editor, id, { action: "APPROVE", version: 2 })).rejects.toThrow(/needs a verdict: a rating/);
    await expect(reviewAnnotation(editor, id, { action: "APPROVE", version: 2, verdict: { kind: "FIGURE", outcome: "CONFIRMED" } })).rejects.toThrow(
      /That verdict is for a figure, but this annotation is a claim/,
    );
    await expect(reviewAnnotation(editor, id, { action: "REJECT", version: 2 })).rejects.toBeInstanceOf(ValidationError);
    expect(await row(id)).toMatchObject({ status: "SUBMITTED", verdict: null, version: 2 });
    expect(await activities(id)).toBe(before);
  });

  it("refuses an annotator reviewing, and anyone approving their own work unless an admin allows it", async () => {
    const { author, id } = await submitted();
    await expect(reviewAnnotation(author, id, { action: "APPROVE", version: 2, verdict: { kind: "CLAIM", rating: "TRUE" } })).rejects.toThrow(
      /Only editors and admins review/,
    );
    const editorAuthor = await createUser("EDITOR");
    const article = await createArticle(["Kerry said lots of countries do it."]);
    const own = await createAnnotation(editorAuthor, article.id, { kind: "CLAIM", start: 0, end: 5, exact: "Kerry" });
    await reviewAnnotation(editorAuthor, own.id, { action: "SUBMIT", version: 1 });
    const approve = { action: "APPROVE" as const, version: 2, verdict: { kind: "CLAIM" as const, rating: "MISLEADING" as const } };
    await expect(reviewAnnotation(editorAuthor, own.id, approve)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await row(own.id)).status).toBe("SUBMITTED");

    const admin = await createUser("ADMIN");
    await updateSettings(admin, { allowSelfApproval: true });
    try {
      expect((await reviewAnnotation(editorAuthor, own.id, approve)).status).toBe("APPROVED");
    } finally {
      await updateSettings(admin, { allowSelfApproval: false });
    }
  });

  it("refuses illegal transitions and stale versions", async () => {
    const { author, editor, id } = await submitted();
    await expect(reviewAnnotation(author, id, { action: "SUBMIT", version: 2 })).rejects.toThrow(/only possible when it is a draft or waiting for changes/);
    await expect(reviewAnnotation(editor, id, { action: "REJECT", version: 1, comment: "no" })).rejects.toBeInstanceOf(ConflictError);
    await reviewAnnotation(editor, id, { action: "REJECT", version: 2, comment: "Not a checkable claim." });
    await expect(reviewAnnotation(editor, id, { action: "APPROVE", version: 3, verdict: { kind: "CLAIM", rating: "TRUE" } })).rejects.toThrow(/rejected/);
  });
});

describe("queue, assignment and my work", () => {
  it("lists submitted annotations oldest first, filtered, and empties as they are reviewed", async () => {
    const first = await submitted("FIGURE");
    const second = await submitted("DENIAL", first.article.storyId);
    const ids = (await listReviewQueue(first.editor, { storyId: first.article.storyId })).items.map((q) => q.id);
    expect(ids).toEqual([first.id, second.id]);
    expect((await listReviewQueue(first.editor, { kind: "DENIAL" })).items.every((q) => q.kind === "DENIAL")).toBe(true);
    expect((await listReviewQueue(first.editor, { articleId: first.article.id })).items.map((q) => q.id)).toEqual([first.id]);
    expect((await listReviewQueue(first.editor, { authorId: second.author.id })).items.map((q) => q.id)).toEqual([second.id]);
    await reviewAnnotation(first.editor, first.id, { action: "APPROVE", version: 2, verdict: { kind: "FIGURE", outcome: "CORRECTED", correctedValue: "70.3 million" } });
    expect((await listReviewQueue(first.editor, { storyId: first.article.storyId })).items.map((q) => q.id)).toEqual([second.id]);
    await expect(listReviewQueue(first.author, {})).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("assigns annotations and articles, and shows them in the assignee's work", async () => {
    const { article, author, editor, id } = await submitted();
    await expect(assignAnnotation(author, id, author.id)).rejects.toBeInstanceOf(ForbiddenError);
    await assignAnnotation(editor, id, author.id);
    await assignArticle(editor, article.id, author.id);
    await reviewAnnotation(editor, id, { action: "REQUEST_CHANGES", version: 2, comment: "Add a source." });
    const work = await listMyWork(author);
    expect(work.assignedAnnotations.map((a) => a.id)).toContain(id);
    expect(work.assignedArticles.map((a) => a.id)).toContain(article.id);
    expect(work.changesRequested.map((a) => a.id)).toContain(id);
    const disabled = await createUser("ANNOTATOR", { disabled: true });
    await expect(assignAnnotation(editor, id, disabled.id)).rejects.toThrow(/disabled/);
  });
});

describe("the audit trail", () => {
  it("cannot be changed or deleted, even with direct SQL", async () => {
    const { id } = await submitted();
    await expect(db.$executeRaw`UPDATE "Activity" SET action = 'forged' WHERE "annotationId" = ${id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "Activity" WHERE "annotationId" = ${id}`).rejects.toThrow(/append-only/);
    expect(await activities(id)).toBe(2);
  });
});
