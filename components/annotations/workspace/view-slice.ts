import type { Filters, WorkspaceAction } from "./actions";

/** The annotation list is drawn a page at a time, so a 2,000-annotation article still opens quickly. */
export const LIST_PAGE = 40;

/** How this person looks at the page: the list's filters and length, the shortcuts dialog, and whether the machine's suggestions show. */
export interface ViewState {
  filters: Filters;
  /** How many of the list's entries are drawn at least (more when the open one is further down). */
  listDrawn: number;
  helpOpen: boolean;
  /** Remembered in the browser (suggestions-shown.ts); shown until the browser says otherwise. */
  suggestionsShown: boolean;
}

export const initialView: ViewState = { filters: { kind: "", status: "", author: "" }, listDrawn: LIST_PAGE, helpOpen: false, suggestionsShown: true };

export function viewReducer(state: ViewState, action: WorkspaceAction): ViewState {
  switch (action.type) {
    case "filtersChanged":
      return { ...state, filters: action.filters };
    case "listGrown":
      return action.from + LIST_PAGE <= state.listDrawn ? state : { ...state, listDrawn: action.from + LIST_PAGE };
    case "helpToggled":
      return state.helpOpen === action.open ? state : { ...state, helpOpen: action.open };
    case "suggestionsShownChanged":
      return state.suggestionsShown === action.shown ? state : { ...state, suggestionsShown: action.shown };
    default:
      return state;
  }
}
