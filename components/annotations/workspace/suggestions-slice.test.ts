import { describe, expect, it } from "vitest";
import { toAnnotationSummary } from "@/lib/annotations/annotation-summary";
import type { WorkspaceAction } from "./actions";
import { dismissedSuggestionsOf, initialSuggestions, isSuggestion, openSuggestionsOf, orderedSuggestionsOf, suggestionsReducer, type SuggestionsState } from "./suggestions-slice";
import { annotationView, suggestionView } from "./test-fixtures";

const s1 = suggestionView({ id: "s1", start: 0, end: 10 });
const s2 = suggestionView({ id: "s2", start: 20, end: 30, kind: "CLAIM" });
const run = (actions: WorkspaceAction[], from: SuggestionsState = initialSuggestions) => actions.reduce(suggestionsReducer, from);
const loaded = run([{ type: "suggestionsLoaded", suggestions: [s1, s2] }]);

describe("the machine's suggestions", () => {
  it("load, or say why they could not", () => {
    expect(loaded).toMatchObject({ load: "ready", items: [s1, s2] });
    expect(run([{ type: "suggestionsFailed", message: "Offline." }])).toMatchObject({ load: "error", error: "Offline." });
    expect(isSuggestion(loaded, "s1")).toBe(true);
    expect(isSuggestion(loaded, "a")).toBe(false);
  });

  it("are busy while one is accepted, and lose it once it became an annotation", () => {
    const busy = run([{ type: "suggestionWorkStarted" }], loaded);
    expect(busy.busy).toBe(true);
    const accepted = suggestionsReducer(busy, { type: "suggestionAccepted", id: "s1", annotation: annotationView({ id: "a", start: 0, end: 10 }) });
    expect(accepted).toMatchObject({ busy: false, items: [s2] });
  });

  it("list most check-worthy first when asked, the text's order among equals and unscored last, without touching the items", () => {
    const low = suggestionView({ id: "low", start: 0, end: 5, score: 0.2 });
    const none = suggestionView({ id: "none", start: 6, end: 9, score: null });
    const high = suggestionView({ id: "high", start: 10, end: 15, score: 0.9 });
    const tie = suggestionView({ id: "tie", start: 20, end: 25, score: 0.2 });
    const ordered = run([{ type: "suggestionOrderChanged", order: "score" }], loaded);
    expect(ordered.order).toBe("score");
    expect(ordered.items).toBe(loaded.items);
    expect(orderedSuggestionsOf([low, none, high, tie], "score").map((s) => s.id)).toEqual(["high", "low", "tie", "none"]);
    expect(orderedSuggestionsOf([low, none, high, tie], "text").map((s) => s.id)).toEqual(["low", "none", "high", "tie"]);
  });

  it("show a failed step beside the list and are no longer busy", () => {
    expect(run([{ type: "suggestionWorkStarted" }, { type: "suggestionWorkFailed", message: "Gone." }], loaded)).toMatchObject({ busy: false, error: "Gone." });
  });

  it("offer to undo a dismissal, and bring the suggestion back on undo", () => {
    const dismissedS1 = { ...s1, status: "DISMISSED" as const };
    const dismissed = run([{ type: "suggestionDismissed", suggestion: dismissedS1 }], loaded);
    expect(dismissed.dismissed).toBe(dismissedS1);
    expect(dismissedSuggestionsOf(dismissed.items)).toEqual([dismissedS1]);
    expect(openSuggestionsOf(dismissed.items, [])).toEqual([s2]);
    const restored = suggestionsReducer(dismissed, { type: "suggestionRestored", suggestion: s1 });
    expect(restored).toMatchObject({ dismissed: null, items: [s1, s2] });
    expect(suggestionsReducer(dismissed, { type: "undoDismissed", what: "suggestion" }).dismissed).toBeNull();
  });
});

describe("which suggestions are open", () => {
  it("leaves out those an annotation of the same kind covers, but not one of another kind", () => {
    const figure = toAnnotationSummary(annotationView({ id: "a", start: 2, end: 5, kind: "FIGURE" }));
    const denial = toAnnotationSummary(annotationView({ id: "b", start: 22, end: 25, kind: "DENIAL" }));
    expect(openSuggestionsOf(loaded.items, [figure, denial]).map((s) => s.id)).toEqual(["s2"]);
  });

  it("comes back the same list when a new annotation changes nothing about which are open", () => {
    const far = toAnnotationSummary(annotationView({ id: "a", start: 50, end: 55, kind: "FIGURE" }));
    const before = openSuggestionsOf(loaded.items, []);
    expect(openSuggestionsOf(loaded.items, [far])).toBe(before);
  });
});
