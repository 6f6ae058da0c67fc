import { describe, expect, it } from "vitest";
import { toAnnotationSummary } from "@/lib/annotations/annotation-summary";
import type { WorkspaceAction } from "./actions";
import { annotationsReducer, applyFilters, highlightsOf, initialAnnotations, orphansOf, withAnnotation, type AnnotationsState } from "./annotations-slice";
import { annotationView, textSelection } from "./test-fixtures";

const a = annotationView({ id: "a", start: 0, end: 5 });
const b = annotationView({ id: "b", start: 10, end: 20, kind: "FIGURE" });
const c = annotationView({ id: "c", start: 30, end: 35, orphaned: true });
const summaries = [a, b, c].map(toAnnotationSummary);
const run = (actions: WorkspaceAction[], from: AnnotationsState = initialAnnotations) => actions.reduce(annotationsReducer, from);
const loaded = run([{ type: "snapshotArrived", annotations: summaries, seq: 7 }]);
const ids = (state: AnnotationsState) => state.list.map((s) => s.id);

describe("the page's annotations", () => {
  it("arrive with the first snapshot, and a later one is ignored (the live feed keeps the list)", () => {
    expect(loaded).toMatchObject({ load: "ready", seq: 7 });
    expect(ids(loaded)).toEqual(["a", "b", "c"]);
    const again = annotationsReducer(loaded, { type: "snapshotArrived", annotations: [], seq: 9 });
    expect(again).toBe(loaded);
  });

  it("fail only while loading", () => {
    expect(run([{ type: "snapshotFailed" }]).load).toBe("failed");
    expect(annotationsReducer(loaded, { type: "snapshotFailed" })).toBe(loaded);
  });

  it("take a new annotation in at its place in document order, outer spans before those nested in them", () => {
    const inner = annotationView({ id: "d", start: 12, end: 15 });
    const outer = annotationView({ id: "e", start: 10, end: 25 });
    const state = run(
      [
        { type: "annotationPlaced", annotation: inner, selection: textSelection(12, 15) },
        { type: "annotationReceived", annotation: outer },
      ],
      loaded,
    );
    expect(ids(state)).toEqual(["a", "e", "b", "d", "c"]);
  });

  it("move an annotation whose words moved (re-attached), and keep only one entry for it", () => {
    const moved = annotationView({ id: "a", start: 40, end: 45, version: 2 });
    expect(ids(run([{ type: "annotationPlaced", annotation: moved, selection: textSelection(40, 45) }], loaded))).toEqual(["b", "c", "a"]);
  });

  it("keep the same list when nothing it shows changed (a note edited), so nothing renders for it", () => {
    const edited = { ...a, note: "<p>New note</p>" };
    expect(withAnnotation(loaded.list, edited)).toBe(loaded.list);
    expect(annotationsReducer(loaded, { type: "annotationReceived", annotation: edited })).toBe(loaded);
    const sourced = { ...a, sources: [{} as (typeof a.sources)[number]] };
    expect(withAnnotation(loaded.list, sourced).find((s) => s.id === "a")?.sourceCount).toBe(1);
  });

  it("lose an annotation deleted here or elsewhere, and ignore one already gone", () => {
    expect(ids(run([{ type: "annotationDeleted", annotation: b }], loaded))).toEqual(["a", "c"]);
    const dropped = run([{ type: "annotationDropped", id: "a" }], loaded);
    expect(ids(dropped)).toEqual(["b", "c"]);
    expect(annotationsReducer(dropped, { type: "annotationDropped", id: "a" })).toBe(dropped);
  });

  it("take in an accepted suggestion's annotation and a restored one", () => {
    const accepted = annotationView({ id: "f", start: 50, end: 55 });
    const state = run(
      [
        { type: "suggestionAccepted", id: "s", annotation: accepted },
        { type: "annotationDeleted", annotation: a },
        { type: "annotationRestored", annotation: a },
      ],
      loaded,
    );
    expect(ids(state)).toEqual(["a", "b", "c", "f"]);
  });
});

describe("what the page derives from them", () => {
  it("paints placed annotations only, nothing while loading, and keeps each unchanged span's spec", () => {
    expect(highlightsOf("loading", loaded.list)).toBeNull();
    const first = highlightsOf("ready", loaded.list)!;
    expect(first.map((h) => h.id)).toEqual(["a", "b"]);
    expect(first[1]).toEqual({ id: "b", kind: "FIGURE", start: 10, end: 20 });
    const next = run([{ type: "annotationReceived", annotation: annotationView({ id: "g", start: 60, end: 61 }) }], loaded);
    const second = highlightsOf("ready", next.list)!;
    expect(second).not.toBe(first);
    expect(second[0]).toBe(first[0]);
    expect(highlightsOf("ready", next.list)).toBe(second);
  });

  it("lists orphans apart", () => {
    expect(orphansOf(loaded.list).map((s) => s.id)).toEqual(["c"]);
  });

  it("filters by kind, status and author, and returns the list itself when nothing is filtered", () => {
    expect(applyFilters(loaded.list, { kind: "", status: "", author: "" })).toBe(loaded.list);
    expect(applyFilters(loaded.list, { kind: "FIGURE", status: "", author: "" }).map((s) => s.id)).toEqual(["b"]);
    expect(applyFilters(loaded.list, { kind: "", status: "APPROVED", author: "" })).toEqual([]);
    expect(applyFilters(loaded.list, { kind: "", status: "", author: "ann" })).toHaveLength(3);
  });
});
