import type { WorkspaceAction } from "./actions";
import { annotationsReducer, highlightsOf, initialAnnotations, orphansOf, visibleOf, type AnnotationsState } from "./annotations-slice";
import { detailsReducer, initialDetails, type DetailsState } from "./details-slice";
import { initialLive, liveReducer, type LiveState } from "./live-slice";
import { initialRequests, requestsReducer, type RequestsState } from "./requests-slice";
import { initialSelection, selectionReducer, type SelectionState } from "./selection-slice";
import { dismissedSuggestionsOf, initialSuggestions, openSuggestionsOf, suggestionsReducer, type SuggestionsState } from "./suggestions-slice";
import { createStore, memoize, type Store } from "./store";
import { initialView, LIST_PAGE, viewReducer, type ViewState } from "./view-slice";

/** The article page's state: one slice per concern, each with its own reducer (and tests). */
export interface WorkspaceState {
  annotations: AnnotationsState;
  details: DetailsState;
  selection: SelectionState;
  requests: RequestsState;
  suggestions: SuggestionsState;
  view: ViewState;
  live: LiveState;
}

export const initialWorkspaceState: WorkspaceState = {
  annotations: initialAnnotations,
  details: initialDetails,
  selection: initialSelection,
  requests: initialRequests,
  suggestions: initialSuggestions,
  view: initialView,
  live: initialLive,
};

export function workspaceReducer(state: WorkspaceState, action: WorkspaceAction): WorkspaceState {
  const next: WorkspaceState = {
    annotations: annotationsReducer(state.annotations, action),
    details: detailsReducer(state.details, action),
    selection: selectionReducer(state.selection, action),
    requests: requestsReducer(state.requests, action),
    suggestions: suggestionsReducer(state.suggestions, action),
    view: viewReducer(state.view, action),
    live: liveReducer(state.live, action),
  };
  // Nothing changed: the same state, so no one is told.
  return (Object.keys(next) as (keyof WorkspaceState)[]).every((key) => next[key] === state[key]) ? state : next;
}

export type WorkspaceStore = Store<WorkspaceState, WorkspaceAction>;

export const createWorkspaceStore = (): WorkspaceStore => createStore(workspaceReducer, initialWorkspaceState);

// What the parts of the page read, derived once per change of what they depend on.

export const selectHighlights = (state: WorkspaceState) => highlightsOf(state.annotations.load, state.annotations.list);
export const selectOrphans = (state: WorkspaceState) => orphansOf(state.annotations.list);
export const selectVisible = (state: WorkspaceState) => visibleOf(state.annotations.list, state.view.filters);
const indexIn = memoize((visible: ReturnType<typeof selectVisible>, id: string | null) => (id ? visible.findIndex((a) => a.id === id) : -1));
/**
 * How many of the list's entries are drawn: the pages asked for, and always as far as the open
 * one, rounded up to a whole page so that stepping through with j rarely changes it.
 */
export const selectListDrawn = (state: WorkspaceState) => {
  const visible = selectVisible(state);
  const at = indexIn(visible, state.selection.annotationId);
  const needed = at < 0 ? 0 : Math.ceil((at + 1) / LIST_PAGE) * LIST_PAGE;
  return Math.min(visible.length, Math.max(state.view.listDrawn, needed));
};
export const selectOpenSuggestions = (state: WorkspaceState) => openSuggestionsOf(state.suggestions.items, state.annotations.list);
export const selectDismissedSuggestions = (state: WorkspaceState) => dismissedSuggestionsOf(state.suggestions.items);

const shownSuggestionsOf = memoize((shown: boolean, open: ReturnType<typeof selectOpenSuggestions>) => (shown ? open : []));
/** The suggestions marked in the text and walked by j/k: none while hidden. */
export const selectShownSuggestions = (state: WorkspaceState) => shownSuggestionsOf(state.view.suggestionsShown, selectOpenSuggestions(state));

const marksOf = memoize((shown: ReturnType<typeof selectShownSuggestions>) => shown.map(({ id, kind, start, end }) => ({ id, kind, start, end })));
export const selectSuggestionMarks = (state: WorkspaceState) => marksOf(selectShownSuggestions(state));

const navigationOf = memoize((visible: ReturnType<typeof selectVisible>, suggestions: ReturnType<typeof selectShownSuggestions>): readonly string[] => {
  if (suggestions.length === 0) return visible.map((a) => a.id);
  const entries = [...visible.map((a) => ({ id: a.id, start: a.start })), ...suggestions.map((s) => ({ id: s.id, start: s.start }))];
  return entries.sort((a, b) => a.start - b.start).map((e) => e.id);
});
/** What j and k go through: the listed annotations and the shown suggestions, in the order of the text. */
export const selectNavigation = (state: WorkspaceState) => navigationOf(selectVisible(state), selectShownSuggestions(state));
