import { describe, expect, it } from "vitest";
import type { WorkspaceAction } from "./actions";
import { initialLive, liveReducer } from "./live-slice";

const run = (actions: WorkspaceAction[]) => actions.reduce(liveReducer, initialLive);

describe("what others did, from the live feed", () => {
  it("names who changed or deleted an annotation, and forgets the deletion when it is restored", () => {
    const state = run([
      { type: "changedByOther", id: "a", by: "Eddie" },
      { type: "removedByOther", id: "b", by: "Ann" },
    ]);
    expect(state.changedBy).toEqual({ a: "Eddie" });
    expect(state.removedBy).toEqual({ b: "Ann" });
    expect(liveReducer(state, { type: "restoredLive", id: "b" }).removedBy).toEqual({});
    expect(liveReducer(state, { type: "restoredLive", id: "c" })).toBe(state);
    expect(liveReducer(state, { type: "changedByOther", id: "a", by: "Eddie" })).toBe(state);
  });

  it("counts discussion changes per annotation, so an open one fetches its comments again", () => {
    const state = run([{ type: "commentsChanged", id: "a" }, { type: "commentsChanged", id: "a" }, { type: "commentsChanged", id: "b" }]);
    expect(state.commentRevisions).toEqual({ a: 2, b: 1 });
  });

  it("says why the page should be reloaded", () => {
    expect(run([{ type: "pageOutdated", notice: "Reload to read the new text." }]).notice).toBe("Reload to read the new text.");
  });
});
