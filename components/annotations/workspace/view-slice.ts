import type { Filters, WorkspaceAction } from "./actions";
import { NO_BINDINGS, type KeyBindings } from "./shortcut-keys";

/** The annotation list is drawn a page at a time, so a 2,000-annotation article still opens quickly. */
export const LIST_PAGE = 40;

/** How this person looks at the page: the list's filters and length, the shortcuts dialog and their keys, and whether the machine's suggestions show. */
export interface ViewState {
  filters: Filters;
  /** How many of the list's entries are drawn at least (more when the open one is further down). */
  listDrawn: number;
  helpOpen: boolean;
  /** Remembered in the browser (suggestions-shown.ts); shown until the browser says otherwise. */
  suggestionsShown: boolean;
  /** This person's keys for the single-key shortcuts (shortcut-keys.ts), remembered in the browser. */
  keys: KeyBindings;
}

export const initialView: ViewState = { filters: { kind: "", status: "", author: "" }, listDrawn: LIST_PAGE, helpOpen: false, suggestionsShown: true, keys: NO_BINDINGS };

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
    case "keysChanged":
      return state.keys === action.keys ? state : { ...state, keys: action.keys };
    default:
      return state;
  }
}
