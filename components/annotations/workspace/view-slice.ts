import type { Filters, WorkspaceAction } from "./actions";

/** How this person looks at the page: the list's filters, the shortcuts dialog, and whether the machine's suggestions show. */
export interface ViewState {
  filters: Filters;
  helpOpen: boolean;
  /** Remembered in the browser (suggestions-shown.ts); shown until the browser says otherwise. */
  suggestionsShown: boolean;
}

export const initialView: ViewState = { filters: { kind: "", status: "", author: "" }, helpOpen: false, suggestionsShown: true };

export function viewReducer(state: ViewState, action: WorkspaceAction): ViewState {
  switch (action.type) {
    case "filtersChanged":
      return { ...state, filters: action.filters };
    case "helpToggled":
      return state.helpOpen === action.open ? state : { ...state, helpOpen: action.open };
    case "suggestionsShownChanged":
      return state.suggestionsShown === action.shown ? state : { ...state, suggestionsShown: action.shown };
    default:
      return state;
  }
}
