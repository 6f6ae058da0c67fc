import { describe, expect, it } from "vitest";
import { initialNoteDraft, isDirty, noteDraftReducer, type NoteDraftEvent } from "./note-draft";

const run = (events: NoteDraftEvent[]) => events.reduce(noteDraftReducer, initialNoteDraft("<p>Original</p>", 3));

describe("the note being edited", () => {
  it("follows someone else's note when there is no draft to lose", () => {
    const state = run([{ type: "saved-annotation", note: "<p>Theirs</p>", version: 4, by: "Eddie" }]);
    expect(state).toMatchObject({ draft: "<p>Theirs</p>", base: { version: 4 }, conflict: null, editorKey: 1 });
  });

  it("shows both notes when theirs arrives under an unsaved, different draft, and a plain save sends the draft's own version", () => {
    const state = run([
      { type: "typed", html: "<p>Mine</p>" },
      { type: "saved-annotation", note: "<p>Theirs</p>", version: 4, by: "Eddie" },
    ]);
    expect(state.draft).toBe("<p>Mine</p>");
    expect(state.conflict).toEqual({ theirs: "<p>Theirs</p>", by: "Eddie", draftVersion: 3 });
    // A second change of theirs keeps the version the draft was written against.
    const again = noteDraftReducer(state, { type: "saved-annotation", note: "<p>Theirs, again</p>", version: 5 });
    expect(again.conflict).toMatchObject({ theirs: "<p>Theirs, again</p>", draftVersion: 3 });
  });

  it("a change to something else (a source, the review) moves the draft's base on without a conflict", () => {
    const state = run([
      { type: "typed", html: "<p>Mine</p>" },
      { type: "saved-annotation", note: "<p>Original</p>", version: 4 },
    ]);
    expect(state).toMatchObject({ draft: "<p>Mine</p>", base: { note: "<p>Original</p>", version: 4 }, conflict: null });
    expect(isDirty(state)).toBe(true);
  });

  it("their note equal to my draft is no conflict", () => {
    const state = run([
      { type: "typed", html: "<p>Same</p>" },
      { type: "saved-annotation", note: "<p>Same</p>", version: 4 },
    ]);
    expect(state).toMatchObject({ conflict: null, draft: "<p>Same</p>" });
    expect(isDirty(state)).toBe(false);
  });

  it("keeping theirs drops the draft; saving mine clears the conflict", () => {
    const conflicted = run([
      { type: "typed", html: "<p>Mine</p>" },
      { type: "saved-annotation", note: "<p>Theirs</p>", version: 4 },
    ]);
    expect(noteDraftReducer(conflicted, { type: "kept-theirs" })).toMatchObject({ draft: "<p>Theirs</p>", conflict: null });
    expect(noteDraftReducer(conflicted, { type: "note-saved", note: "<p>Mine</p>", version: 5 })).toMatchObject({
      draft: "<p>Mine</p>",
      base: { note: "<p>Mine</p>", version: 5 },
      conflict: null,
    });
  });

  it("an emptied editor is the same as no note", () => {
    const state = initialNoteDraft("", 1);
    expect(isDirty(noteDraftReducer(state, { type: "typed", html: "<p></p>" }))).toBe(false);
  });
});
