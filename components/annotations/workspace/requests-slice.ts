import { toAnnotationSummary, type AnnotationSummary } from "@/lib/annotations/annotation-summary";
import type { WorkspaceAction } from "./actions";

/** This person's own requests on annotations: one tagging at a time, the last failure, and what an undo would bring back. */
export interface RequestsState {
  /** A tag is on its way: the toolbar waits for it. */
  tagging: boolean;
  error: string | undefined;
  /** The annotation this person just deleted, until undone or dismissed. */
  deleted: AnnotationSummary | null;
}

export const initialRequests: RequestsState = { tagging: false, error: undefined, deleted: null };

export function requestsReducer(state: RequestsState, action: WorkspaceAction): RequestsState {
  switch (action.type) {
    case "requestStarted":
      return { ...state, tagging: state.tagging || action.tagging, error: undefined };
    case "requestFailed":
      return { ...state, tagging: false, error: action.message };
    case "annotationPlaced":
      return state.tagging ? { ...state, tagging: false } : state;
    case "annotationDeleted":
      return { ...state, deleted: toAnnotationSummary(action.annotation) };
    case "annotationRestored":
      return { ...state, deleted: null };
    case "undoDismissed":
      return action.what === "annotation" && state.deleted ? { ...state, deleted: null } : state;
    default:
      return state;
  }
}
