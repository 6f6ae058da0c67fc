import { describe, expect, it } from "vitest";
import type { WorkspaceAction } from "./actions";
import { detailOf, detailsReducer, initialDetails, versionOf } from "./details-slice";
import { annotationView, textSelection } from "./test-fixtures";

const run = (actions: WorkspaceAction[]) => actions.reduce(detailsReducer, initialDetails);
const a = annotationView({ id: "a", start: 0, end: 5, version: 3 });

describe("the details of opened annotations", () => {
  it("are on their way until fetched, then ready, and nothing while none is open", () => {
    expect(detailOf(initialDetails, null)).toBeNull();
    expect(detailOf(initialDetails, "a")).toEqual({ status: "loading" });
    const state = run([{ type: "detailsFetched", annotation: a }]);
    expect(detailOf(state, "a")).toEqual({ status: "ready", annotation: a });
    expect(versionOf(state, "a")).toBe(3);
    expect(versionOf(state, "b")).toBeUndefined();
  });

  it("show a failed fetch for that annotation only, until its view arrives", () => {
    const failed = run([{ type: "detailsFailed", id: "a", message: "That annotation does not exist." }]);
    expect(detailOf(failed, "a")).toEqual({ status: "error", message: "That annotation does not exist." });
    expect(detailOf(failed, "b")).toEqual({ status: "loading" });
    const recovered = detailsReducer(failed, { type: "annotationReceived", annotation: a });
    expect(detailOf(recovered, "a")).toEqual({ status: "ready", annotation: a });
    expect(recovered.failed).toBeNull();
  });

  it("hold every view the page gets without a fetch: made, changed, restored, accepted", () => {
    const b = annotationView({ id: "b", start: 6, end: 9 });
    const c = annotationView({ id: "c", start: 10, end: 12 });
    const d = annotationView({ id: "d", start: 13, end: 15 });
    const state = run([
      { type: "annotationPlaced", annotation: a, selection: textSelection(0, 5) },
      { type: "annotationReceived", annotation: b },
      { type: "annotationRestored", annotation: c },
      { type: "suggestionAccepted", id: "s", annotation: d },
    ]);
    expect([...state.views.keys()]).toEqual(["a", "b", "c", "d"]);
  });

  it("replace an older view, and stay the same state for the very same view", () => {
    const state = run([{ type: "detailsFetched", annotation: a }]);
    expect(detailsReducer(state, { type: "annotationReceived", annotation: a })).toBe(state);
    const newer = { ...a, version: 4 };
    expect(versionOf(detailsReducer(state, { type: "annotationReceived", annotation: newer }), "a")).toBe(4);
  });
});
