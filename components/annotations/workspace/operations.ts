import type { AnnotationView } from "@/lib/annotations/annotation-view";
import type { AnnotationKind } from "@/lib/vocabulary/names";
import type { SuggestionOrder } from "@/lib/validation/suggestion-schemas";
import { annotationsApi } from "../../api/annotations";
import { suggestionsApi } from "../../api/suggestions";
import type { ArticleEditorHandle } from "../../editor/article-editor";
import { KIND_LABELS, type Kind } from "../labels";
import { findAnnotation } from "./annotations-slice";
import { versionOf } from "./details-slice";
import { isSuggestion } from "./suggestions-slice";
import { writeSuggestionsShown } from "./suggestions-shown";
import type { WorkspaceStore } from "./workspace-state";

const message = (caught: unknown) => (caught as Error).message;

/**
 * What a person can do on the page that goes beyond it: each reads the state when it runs (never
 * a copy from an older render), asks the API, and says what came of it in a named action. Made
 * once per page, so the parts that call them never render again for a new function.
 */
export function createWorkspaceOperations(store: WorkspaceStore, articleId: string) {
  const { getState, dispatch } = store;
  /** The article's editor, once mounted. */
  const editor: { current: ArticleEditorHandle | null } = { current: null };

  /** Runs one step on a suggestion, with its busy state, and its failure shown beside the list. */
  async function onSuggestion<T>(work: () => Promise<T>): Promise<T | undefined> {
    dispatch({ type: "suggestionWorkStarted" });
    try {
      return await work();
    } catch (caught) {
      dispatch({ type: "suggestionWorkFailed", message: message(caught) });
      void operations.loadSuggestions();
      return undefined;
    }
  }

  const operations = {
    /** The editor's ref: scrolling to words and letting go of a selection go through it. */
    attachEditor(handle: ArticleEditorHandle | null) {
      editor.current = handle;
    },

    /** Opens an annotation or a suggestion, and (unless it was clicked in the text) brings its words into view. */
    open(id: string, scroll: ScrollBehavior | false = "smooth") {
      dispatch({ type: isSuggestion(getState().suggestions, id) ? "suggestionOpened" : "annotationOpened", id });
      if (scroll) editor.current?.scrollTo(id, scroll);
    },

    close() {
      dispatch({ type: "closed" });
    },

    async tag(kind: Kind) {
      const { selection, requests, annotations } = getState();
      const tagged = selection.text;
      if (!tagged || requests.tagging || annotations.load !== "ready") return;
      dispatch({ type: "requestStarted", tagging: true });
      try {
        const created = await annotationsApi.create(articleId, { kind, start: tagged.start, end: tagged.end, exact: tagged.exact });
        // Collapsed once the new highlight is shown, if still the selection.
        editor.current?.clearSelection(tagged);
        dispatch({ type: "annotationPlaced", annotation: created, selection: tagged });
      } catch (caught) {
        dispatch({ type: "requestFailed", message: `Could not tag as ${KIND_LABELS[kind].toLowerCase()}: ${message(caught)}` });
      }
    },

    async reattach(id: string) {
      const state = getState();
      const orphan = findAnnotation(state.annotations, id);
      const chosen = state.selection.text;
      if (!chosen || !orphan) return;
      dispatch({ type: "requestStarted", tagging: false });
      try {
        // The version this page holds: if someone changed the annotation meanwhile, the server
        // refuses (409) rather than move words nobody here has seen.
        const moved = await annotationsApi.reattach(id, {
          version: versionOf(state.details, id) ?? orphan.version,
          start: chosen.start,
          end: chosen.end,
          exact: chosen.exact,
        });
        editor.current?.clearSelection(chosen);
        dispatch({ type: "annotationPlaced", annotation: moved, selection: chosen });
      } catch (caught) {
        dispatch({ type: "requestFailed", message: `Could not re-attach: ${message(caught)}` });
      }
    },

    async remove(annotation: AnnotationView) {
      dispatch({ type: "requestStarted", tagging: false });
      try {
        await annotationsApi.remove(annotation.id);
        dispatch({ type: "annotationDeleted", annotation });
      } catch (caught) {
        dispatch({ type: "requestFailed", message: message(caught) });
      }
    },

    async restore(id: string) {
      try {
        const restored = await annotationsApi.restore(id);
        dispatch({ type: "annotationRestored", annotation: restored });
        editor.current?.scrollTo(restored.id);
      } catch (caught) {
        dispatch({ type: "requestFailed", message: message(caught) });
      }
    },

    /** An annotation changed from its panel (an edit, a review, a source). */
    received(annotation: AnnotationView) {
      dispatch({ type: "annotationReceived", annotation });
    },

    async loadSuggestions() {
      try {
        const { suggestions } = await suggestionsApi.list(articleId);
        dispatch({ type: "suggestionsLoaded", suggestions });
      } catch (caught) {
        dispatch({ type: "suggestionsFailed", message: message(caught) });
      }
    },

    async acceptSuggestion(id: string) {
      const annotation = await onSuggestion(() => suggestionsApi.accept(id));
      if (annotation) dispatch({ type: "suggestionAccepted", id, annotation });
    },

    async acceptAllSuggestions(kind: AnnotationKind) {
      const done = await onSuggestion(async () => {
        await suggestionsApi.acceptAll(articleId, { kind });
        await operations.loadSuggestions();
        return true;
      });
      if (done) dispatch({ type: "allSuggestionsAccepted" });
    },

    async dismissSuggestion(id: string) {
      const suggestion = await onSuggestion(() => suggestionsApi.dismiss(id));
      if (suggestion) dispatch({ type: "suggestionDismissed", suggestion });
    },

    async restoreSuggestion(id: string) {
      const suggestion = await onSuggestion(() => suggestionsApi.restore(id));
      if (suggestion) dispatch({ type: "suggestionRestored", suggestion });
    },

    orderSuggestions(order: SuggestionOrder) {
      dispatch({ type: "suggestionOrderChanged", order });
    },

    showSuggestions(shown: boolean) {
      writeSuggestionsShown(shown);
      dispatch({ type: "suggestionsShownChanged", shown });
    },
  };
  return operations;
}

export type WorkspaceOperations = ReturnType<typeof createWorkspaceOperations>;
