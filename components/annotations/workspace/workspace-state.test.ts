import { describe, expect, it } from "vitest";
import { toAnnotationSummary } from "@/lib/annotations/annotation-summary";
import type { WorkspaceAction } from "./actions";
import { createStore, memoize } from "./store";
import { annotationView, suggestionView, textSelection } from "./test-fixtures";
import {
  createWorkspaceStore,
  initialWorkspaceState,
  selectHighlights,
  selectListDrawn,
  selectNavigation,
  selectOpenSuggestions,
  selectSuggestionMarks,
  selectVisible,
  workspaceReducer,
} from "./workspace-state";

const stateAfter = (actions: WorkspaceAction[]) => actions.reduce(workspaceReducer, initialWorkspaceState);
const a = annotationView({ id: "a", start: 0, end: 5 });
const loaded = stateAfter([{ type: "snapshotArrived", annotations: [toAnnotationSummary(a)], seq: 1 }]);

describe("the page's state as a whole", () => {
  it("moves every slice an action concerns at once: a placed annotation is listed, held, open, and the toolbar freed", () => {
    const words = textSelection(10, 20);
    const placed = annotationView({ id: "b", start: 10, end: 20 });
    const state = stateAfter([
      { type: "snapshotArrived", annotations: [toAnnotationSummary(a)], seq: 1 },
      { type: "textSelected", selection: words },
      { type: "requestStarted", tagging: true },
      { type: "annotationPlaced", annotation: placed, selection: words },
    ]);
    expect(state.annotations.list.map((s) => s.id)).toEqual(["a", "b"]);
    expect(state.details.views.get("b")).toBe(placed);
    expect(state.selection).toMatchObject({ annotationId: "b", text: null });
    expect(state.requests.tagging).toBe(false);
  });

  it("is the same state when an action changes nothing, so no part is told", () => {
    expect(workspaceReducer(loaded, { type: "closed" })).toBe(loaded);
    expect(workspaceReducer(loaded, { type: "annotationDropped", id: "nope" })).toBe(loaded);
  });

  it("keeps the list's filters, the shortcuts dialog and whether suggestions show", () => {
    const state = stateAfter([
      { type: "filtersChanged", filters: { kind: "CLAIM", status: "", author: "" } },
      { type: "helpToggled", open: true },
      { type: "suggestionsShownChanged", shown: false },
    ]);
    expect(state.view).toMatchObject({ filters: { kind: "CLAIM", status: "", author: "" }, helpOpen: true, suggestionsShown: false });
  });
});

describe("what the parts read", () => {
  it("is the same object while what it is made from is unchanged, so a part does not render for nothing", () => {
    const opened = workspaceReducer(loaded, { type: "annotationOpened", id: "a" });
    expect(selectHighlights(opened)).toBe(selectHighlights(loaded));
    expect(selectVisible(opened)).toBe(selectVisible(loaded));
    expect(selectNavigation(opened)).toBe(selectNavigation(loaded));
  });

  it("marks only shown suggestions, and stops walking them with j/k once hidden", () => {
    const suggested = workspaceReducer(loaded, { type: "suggestionsLoaded", suggestions: [suggestionView({ id: "s", start: 20, end: 25 })] });
    expect(selectSuggestionMarks(suggested)).toEqual([{ id: "s", kind: "FIGURE", start: 20, end: 25 }]);
    expect(selectNavigation(suggested)).toEqual(["a", "s"]);
    const hidden = workspaceReducer(suggested, { type: "suggestionsShownChanged", shown: false });
    expect(selectSuggestionMarks(hidden)).toEqual([]);
    expect(selectOpenSuggestions(hidden)).toHaveLength(1);
    expect(selectNavigation(hidden)).toEqual(["a"]);
  });
});

describe("how much of the list is drawn", () => {
  const many = stateAfter([
    {
      type: "snapshotArrived",
      annotations: Array.from({ length: 130 }, (_, i) => toAnnotationSummary(annotationView({ id: `n${String(i).padStart(3, "0")}`, start: i * 10, end: i * 10 + 5 }))),
      seq: 1,
    },
  ]);

  it("is a page at first, a page more each time the list grows, and never more than there is", () => {
    expect(selectListDrawn(many)).toBe(40);
    const grown = workspaceReducer(many, { type: "listGrown", from: 40 });
    expect(selectListDrawn(grown)).toBe(80);
    expect(workspaceReducer(grown, { type: "listGrown", from: 40 })).toBe(grown);
    expect(selectListDrawn(stateAfter([{ type: "listGrown", from: 40 }]))).toBe(0);
    const all = [80, 120, 160].reduce((state, from) => workspaceReducer(state, { type: "listGrown", from }), grown);
    expect(selectListDrawn(all)).toBe(130);
  });

  it("reaches the open annotation, in whole pages, so that stepping with j rarely changes it", () => {
    const at = (id: string) => selectListDrawn(workspaceReducer(many, { type: "annotationOpened", id }));
    expect(at("n039")).toBe(40);
    expect(at("n040")).toBe(80);
    expect(at("n085")).toBe(120);
    expect(at("n129")).toBe(130);
  });
});

describe("the store", () => {
  it("tells its subscribers once per change, and not at all for an action that changes nothing", () => {
    const store = createWorkspaceStore();
    let told = 0;
    const stop = store.subscribe(() => told++);
    store.dispatch({ type: "helpToggled", open: true });
    store.dispatch({ type: "helpToggled", open: true });
    expect(told).toBe(1);
    stop();
    store.dispatch({ type: "helpToggled", open: false });
    expect(told).toBe(1);
    expect(store.getState().view.helpOpen).toBe(false);
  });

  it("works with any reducer", () => {
    const counter = createStore((n: number, by: number) => n + by, 1);
    counter.dispatch(2);
    expect(counter.getState()).toBe(3);
  });

  it("memoizes on its inputs' identity", () => {
    let runs = 0;
    const double = memoize((list: readonly number[]) => {
      runs++;
      return list.map((n) => n * 2);
    });
    const list = [1, 2];
    expect(double(list)).toBe(double(list));
    expect(double([1, 2])).toEqual([2, 4]);
    expect(runs).toBe(2);
  });
});
