import type { AnnotationSummary } from "@/lib/annotations/annotation-summary";
import type { SuggestionView } from "@/lib/suggestions/suggestion-view";
import type { SuggestionOrder } from "@/lib/validation/suggestion-schemas";
import { coverageOf } from "../../suggestions/coverage";
import type { WorkspaceAction } from "./actions";
import { memoize } from "./store";

/** The machine's suggestions for the article, and this person's work on them. */
export interface SuggestionsState {
  items: readonly SuggestionView[];
  load: "loading" | "ready" | "error";
  error: string | undefined;
  /** An accept or dismiss is on its way. */
  busy: boolean;
  /** The suggestion this person just dismissed, until undone or let be. */
  dismissed: SuggestionView | null;
  /** How the list is ordered: as in the text, or most check-worthy first. j/k and the marks keep the text's order. */
  order: SuggestionOrder;
}

export const initialSuggestions: SuggestionsState = { items: [], load: "loading", error: undefined, busy: false, dismissed: null, order: "text" };

const replaced = (items: readonly SuggestionView[], updated: SuggestionView) => items.map((s) => (s.id === updated.id ? updated : s));

export function suggestionsReducer(state: SuggestionsState, action: WorkspaceAction): SuggestionsState {
  switch (action.type) {
    case "suggestionsLoaded":
      return { ...state, items: action.suggestions, load: "ready" };
    case "suggestionOrderChanged":
      return { ...state, order: action.order };
    case "suggestionsFailed":
      return { ...state, load: "error", error: action.message };
    case "suggestionWorkStarted":
      return { ...state, busy: true, error: undefined };
    case "suggestionWorkFailed":
      return { ...state, busy: false, error: action.message };
    case "suggestionAccepted":
      return { ...state, busy: false, items: state.items.filter((s) => s.id !== action.id) };
    case "allSuggestionsAccepted":
      return { ...state, busy: false };
    case "suggestionDismissed":
      return { ...state, busy: false, items: replaced(state.items, action.suggestion), dismissed: action.suggestion };
    case "suggestionRestored":
      return { ...state, busy: false, items: replaced(state.items, action.suggestion), dismissed: null };
    case "undoDismissed":
      return action.what === "suggestion" && state.dismissed ? { ...state, dismissed: null } : state;
    default:
      return state;
  }
}

/**
 * Open suggestions no annotation of the same kind covers yet (someone may have just tagged the
 * words). A new annotation rarely changes which: then the same list comes back, and nothing
 * downstream (marks, list, j/k order) is rebuilt for it.
 */
export const openSuggestionsOf = (() => {
  let last: { items: readonly SuggestionView[]; key: string; open: readonly SuggestionView[] } | null = null;
  return memoize((items: readonly SuggestionView[], annotations: readonly AnnotationSummary[]): readonly SuggestionView[] => {
    const covered = coverageOf(annotations);
    const open = items.filter((s) => s.status === "OPEN" && !covered(s));
    const key = open.map((s) => s.id).join(" ");
    if (last && last.items === items && last.key === key) return last.open;
    last = { items, key, open };
    return open;
  });
})();

export const dismissedSuggestionsOf = memoize((items: readonly SuggestionView[]) => items.filter((s) => s.status === "DISMISSED"));

export function isSuggestion(state: SuggestionsState, id: string): boolean {
  return state.items.some((s) => s.id === id);
}

/** The list as this person ordered it: most check-worthy first keeps the text's order among equals, unscored last. */
export const orderedSuggestionsOf = memoize((open: readonly SuggestionView[], order: SuggestionOrder): readonly SuggestionView[] =>
  order === "text" ? open : [...open].sort((a, b) => (b.score ?? -1) - (a.score ?? -1)),
);
