import type { AnnotationView } from "@/lib/annotations/annotation-view";
import type { WorkspaceAction } from "./actions";

/**
 * Full annotations (note, sources, permissions), fetched when one is opened and kept while the
 * page lives. Views the page already has (a create, an edit, the live feed) go straight in.
 */
export interface DetailsState {
  views: ReadonlyMap<string, AnnotationView>;
  /** The last fetch that failed, shown while that annotation is open. */
  failed: { id: string; message: string } | null;
}

export const initialDetails: DetailsState = { views: new Map(), failed: null };

export type DetailState = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; annotation: AnnotationView };

function remember(state: DetailsState, view: AnnotationView): DetailsState {
  if (state.views.get(view.id) === view) return state;
  const failed = state.failed?.id === view.id ? null : state.failed;
  return { views: new Map(state.views).set(view.id, view), failed };
}

export function detailsReducer(state: DetailsState, action: WorkspaceAction): DetailsState {
  switch (action.type) {
    case "annotationReceived":
    case "detailsFetched":
    case "annotationPlaced":
    case "annotationRestored":
    case "suggestionAccepted":
      return remember(state, action.annotation);
    case "detailsFailed":
      return { ...state, failed: { id: action.id, message: action.message } };
    default:
      return state;
  }
}

/** The open annotation's details as the panel shows them: none open, on their way, failed or here. */
export function detailOf(state: DetailsState, id: string | null): DetailState | null {
  if (!id) return null;
  const view = state.views.get(id);
  if (view) return { status: "ready", annotation: view };
  return state.failed?.id === id ? { status: "error", message: state.failed.message } : { status: "loading" };
}

export function versionOf(state: DetailsState, id: string): number | undefined {
  return state.views.get(id)?.version;
}
