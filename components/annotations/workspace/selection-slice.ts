import type { TextSelection } from "../../editor/article-editor";
import type { WorkspaceAction } from "./actions";

/** What this person has open (one annotation or one suggestion), the words they selected, and whether they are changing the open one. */
export interface SelectionState {
  annotationId: string | null;
  suggestionId: string | null;
  text: TextSelection | null;
  /** The open annotation's note has unsaved changes (others see that this person is editing). */
  editing: boolean;
}

export const initialSelection: SelectionState = { annotationId: null, suggestionId: null, text: null, editing: false };

function open(state: SelectionState, annotationId: string | null, suggestionId: string | null): SelectionState {
  return state.annotationId === annotationId && state.suggestionId === suggestionId ? state : { ...state, annotationId, suggestionId };
}

export function selectionReducer(state: SelectionState, action: WorkspaceAction): SelectionState {
  switch (action.type) {
    case "annotationOpened":
      return open(state, action.id, null);
    case "suggestionOpened":
      return open(state, null, action.id);
    case "closed":
      return open(state, null, null);
    case "textSelected":
      return state.text === action.selection ? state : { ...state, text: action.selection };
    case "editingChanged":
      return state.editing === action.editing ? state : { ...state, editing: action.editing };
    case "annotationPlaced": {
      // The words it was made on are let go; a newer selection stays.
      const text = state.text === action.selection ? null : state.text;
      return { ...open(state, action.annotation.id, null), text };
    }
    case "annotationRestored":
    case "suggestionAccepted":
      return open(state, action.annotation.id, null);
    case "annotationDeleted":
      return state.annotationId === action.annotation.id ? open(state, null, null) : state;
    case "suggestionDismissed":
      return state.suggestionId === action.suggestion.id ? open(state, null, null) : state;
    default:
      return state;
  }
}

/** The open annotation or suggestion, whichever it is (j and k move on from it). */
export function openId(state: SelectionState): string | null {
  return state.annotationId ?? state.suggestionId;
}
