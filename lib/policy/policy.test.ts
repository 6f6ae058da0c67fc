import { describe, expect, it } from "vitest";
import { ForbiddenError } from "../errors/domain-error";
import { assertCan, can, type Actor } from "./policy";

const annotator: Actor = { id: "ana", role: "ANNOTATOR" };
const editor: Actor = { id: "eddie", role: "EDITOR" };
const admin: Actor = { id: "ada", role: "ADMIN" };
const other: Actor = { id: "olga", role: "ANNOTATOR" };

describe("who may do what", () => {
  it.each([
    ["article.correct", [false, true, true]],
    ["work.assign", [false, true, true]],
    ["review.queue", [false, true, true]],
    ["story.manage", [false, true, true]],
    ["users.manage", [false, false, true]],
    ["settings.change", [false, false, true]],
    ["jobs.view", [false, false, true]],
  ] as const)("%s: annotator, editor, admin", (permission, expected) => {
    expect([annotator, editor, admin].map((actor) => can(actor, permission))).toEqual(expected);
  });

  it("annotations: the author or an editor edits; approved ones only editors delete; what an editor deleted only editors restore", () => {
    const own = { authorId: annotator.id, status: "DRAFT", deletedById: annotator.id };
    expect([annotator, other, editor].map((a) => can(a, "annotation.edit", own))).toEqual([true, false, true]);
    expect([annotator, other, editor].map((a) => can(a, "annotation.delete", own))).toEqual([true, false, true]);
    expect([annotator, editor].map((a) => can(a, "annotation.delete", { ...own, status: "APPROVED" }))).toEqual([false, true]);
    expect([annotator, editor].map((a) => can(a, "annotation.restore", own))).toEqual([true, true]);
    expect([annotator, editor].map((a) => can(a, "annotation.restore", { ...own, deletedById: editor.id }))).toEqual([false, true]);
  });

  it("comments: only the author rewrites; the author or an editor deletes", () => {
    const comment = { authorId: annotator.id };
    expect([annotator, other, editor].map((a) => can(a, "comment.edit", comment))).toEqual([true, false, false]);
    expect([annotator, other, editor].map((a) => can(a, "comment.delete", comment))).toEqual([true, false, true]);
  });

  it("people sign themselves out everywhere; admins sign out anyone", () => {
    expect(can(annotator, "user.signOutEverywhere", { userId: annotator.id })).toBe(true);
    expect(can(annotator, "user.signOutEverywhere", { userId: editor.id })).toBe(false);
    expect(can(admin, "user.signOutEverywhere", { userId: editor.id })).toBe(true);
  });

  it("a refusal says why, in words", () => {
    expect(() => assertCan(annotator, "annotation.delete", { authorId: annotator.id, status: "APPROVED" })).toThrow(
      new ForbiddenError("This annotation is approved: only an editor can delete it now."),
    );
    expect(() => assertCan(editor, "users.manage")).toThrow(/Only admins can manage users/);
  });
});
