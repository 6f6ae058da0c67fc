import { describe, expect, it } from "vitest";
import type { WorkspaceAction } from "./actions";
import { initialSelection, openId, selectionReducer } from "./selection-slice";
import { annotationView, suggestionView, textSelection } from "./test-fixtures";

const run = (actions: WorkspaceAction[]) => actions.reduce(selectionReducer, initialSelection);
const a = annotationView({ id: "a", start: 0, end: 5 });

describe("what this person has open", () => {
  it("is one annotation or one suggestion at a time", () => {
    const annotation = run([{ type: "suggestionOpened", id: "s" }, { type: "annotationOpened", id: "a" }]);
    expect(annotation).toMatchObject({ annotationId: "a", suggestionId: null });
    const suggestion = selectionReducer(annotation, { type: "suggestionOpened", id: "s" });
    expect(suggestion).toMatchObject({ annotationId: null, suggestionId: "s" });
    expect(openId(suggestion)).toBe("s");
    expect(run([{ type: "annotationOpened", id: "a" }, { type: "closed" }])).toMatchObject({ annotationId: null, suggestionId: null });
  });

  it("stays the same state when the open one is opened again", () => {
    const state = run([{ type: "annotationOpened", id: "a" }]);
    expect(selectionReducer(state, { type: "annotationOpened", id: "a" })).toBe(state);
  });

  it("opens an annotation just placed and lets go of the words it was made on", () => {
    const words = textSelection(0, 5);
    const state = run([{ type: "textSelected", selection: words }, { type: "annotationPlaced", annotation: a, selection: words }]);
    expect(state).toMatchObject({ annotationId: "a", text: null });
  });

  it("keeps words selected after the tag was asked for (a person moved on)", () => {
    const used = textSelection(0, 5);
    const newer = textSelection(20, 30);
    const state = run([
      { type: "textSelected", selection: used },
      { type: "textSelected", selection: newer },
      { type: "annotationPlaced", annotation: a, selection: used },
    ]);
    expect(state.text).toBe(newer);
  });

  it("closes an annotation deleted here, and a suggestion dismissed while open, but not another", () => {
    const open = run([{ type: "annotationOpened", id: "a" }]);
    expect(selectionReducer(open, { type: "annotationDeleted", annotation: a }).annotationId).toBeNull();
    const other = annotationView({ id: "b", start: 6, end: 9 });
    expect(selectionReducer(open, { type: "annotationDeleted", annotation: other })).toBe(open);
    const suggestion = run([{ type: "suggestionOpened", id: "s" }]);
    expect(selectionReducer(suggestion, { type: "suggestionDismissed", suggestion: suggestionView({ id: "s", start: 0, end: 2 }) }).suggestionId).toBeNull();
  });

  it("opens what a restore or an accepted suggestion brings", () => {
    expect(run([{ type: "annotationRestored", annotation: a }]).annotationId).toBe("a");
    expect(run([{ type: "suggestionOpened", id: "s" }, { type: "suggestionAccepted", id: "s", annotation: a }])).toMatchObject({ annotationId: "a", suggestionId: null });
  });

  it("follows whether the open note has unsaved changes", () => {
    const editing = run([{ type: "editingChanged", editing: true }]);
    expect(editing.editing).toBe(true);
    expect(selectionReducer(editing, { type: "editingChanged", editing: true })).toBe(editing);
  });
});
