import { describe, expect, it } from "vitest";
import type { WorkspaceAction } from "./actions";
import { initialRequests, requestsReducer } from "./requests-slice";
import { annotationView, textSelection } from "./test-fixtures";

const run = (actions: WorkspaceAction[]) => actions.reduce(requestsReducer, initialRequests);
const a = annotationView({ id: "a", start: 0, end: 5, kind: "DENIAL", exact: "never" });

describe("this person's own requests", () => {
  it("hold the toolbar while a tag is on its way, and free it when placed or failed", () => {
    expect(run([{ type: "requestStarted", tagging: true }]).tagging).toBe(true);
    expect(run([{ type: "requestStarted", tagging: true }, { type: "annotationPlaced", annotation: a, selection: textSelection(0, 5) }]).tagging).toBe(false);
    expect(run([{ type: "requestStarted", tagging: true }, { type: "requestFailed", message: "No." }])).toMatchObject({ tagging: false, error: "No." });
  });

  it("clear the last failure when another request starts, without holding the toolbar for it", () => {
    const state = run([{ type: "requestFailed", message: "No." }, { type: "requestStarted", tagging: false }]);
    expect(state).toMatchObject({ tagging: false, error: undefined });
  });

  it("offer to undo a deletion until it is undone or let be", () => {
    const deleted = run([{ type: "annotationDeleted", annotation: a }]);
    expect(deleted.deleted).toMatchObject({ id: "a", kind: "DENIAL", exact: "never" });
    expect(requestsReducer(deleted, { type: "annotationRestored", annotation: a }).deleted).toBeNull();
    expect(requestsReducer(deleted, { type: "undoDismissed", what: "annotation" }).deleted).toBeNull();
    expect(requestsReducer(deleted, { type: "undoDismissed", what: "suggestion" })).toBe(deleted);
  });
});
