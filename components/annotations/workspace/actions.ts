import type { SuggestionOrder } from "@/lib/validation/suggestion-schemas";
import type { AnnotationSummary } from "@/lib/annotations/annotation-summary";
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import type { SuggestionView } from "@/lib/suggestions/suggestion-view";
import type { TextSelection } from "../../editor/article-editor";
import type { KeyBindings } from "./shortcut-keys";

export interface Filters {
  kind: string;
  status: string;
  author: string;
}

/**
 * Everything that can happen to the article page, by name. Each slice of the state
 * (annotations-slice.ts, details-slice.ts …) reacts to the actions it cares about; an action says
 * what happened, not which fields to set, so one action (an annotation placed) can move the
 * list, the details, what is open and the busy state together, in one render.
 */
export type WorkspaceAction =
  // The page's annotations, streamed in after the text (only the first snapshot counts).
  | { type: "snapshotArrived"; annotations: AnnotationSummary[]; seq: number }
  | { type: "snapshotFailed" }
  // An annotation as the server now has it (an edit here, or the live feed): list and details.
  | { type: "annotationReceived"; annotation: AnnotationView }
  // The full view of an opened annotation, fetched on opening (the list keeps its summary).
  | { type: "detailsFetched"; annotation: AnnotationView }
  | { type: "detailsFailed"; id: string; message: string }
  // No longer on the article: deleted by someone, or gone when fetched.
  | { type: "annotationDropped"; id: string }
  // This person's own requests.
  | { type: "requestStarted"; tagging: boolean }
  | { type: "requestFailed"; message: string }
  /** Tagged or re-attached on the words of `selection`, which is let go if still the current one. */
  | { type: "annotationPlaced"; annotation: AnnotationView; selection: TextSelection }
  | { type: "annotationDeleted"; annotation: AnnotationView }
  | { type: "annotationRestored"; annotation: AnnotationView }
  | { type: "undoDismissed"; what: "annotation" | "suggestion" }
  // What this person has open, selected and filtered.
  | { type: "annotationOpened"; id: string }
  | { type: "suggestionOpened"; id: string }
  | { type: "closed" }
  | { type: "textSelected"; selection: TextSelection | null }
  | { type: "editingChanged"; editing: boolean }
  | { type: "filtersChanged"; filters: Filters }
  /** The next page of the list, after the `from` entries drawn (its end came into view, or was asked for). */
  | { type: "listGrown"; from: number }
  | { type: "helpToggled"; open: boolean }
  | { type: "keysChanged"; keys: KeyBindings }
  | { type: "suggestionsShownChanged"; shown: boolean }
  // The machine's suggestions.
  | { type: "suggestionsLoaded"; suggestions: SuggestionView[] }
  | { type: "suggestionsFailed"; message: string }
  | { type: "suggestionOrderChanged"; order: SuggestionOrder }
  | { type: "suggestionWorkStarted" }
  | { type: "suggestionWorkFailed"; message: string }
  | { type: "suggestionAccepted"; id: string; annotation: AnnotationView }
  | { type: "allSuggestionsAccepted" }
  | { type: "suggestionDismissed"; suggestion: SuggestionView }
  | { type: "suggestionRestored"; suggestion: SuggestionView }
  // Others' work, from the live feed.
  | { type: "changedByOther"; id: string; by: string }
  | { type: "removedByOther"; id: string; by: string }
  | { type: "restoredLive"; id: string }
  | { type: "commentsChanged"; id: string }
  | { type: "pageOutdated"; notice: string };

export type WorkspaceActionType = WorkspaceAction["type"];
