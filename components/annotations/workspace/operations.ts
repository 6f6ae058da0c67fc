import type { AnnotationView } from "@/lib/annotations/annotation-view";
import type { AnnotationKind } from "@/lib/vocabulary/names";
import type { SuggestionOrder } from "@/lib/validation/suggestion-schemas";
import { annotationsApi } from "../../api/annotations";
import { suggestionsApi } from "../../api/suggestions";
import type { ArticleEditorHandle } from "../../editor/article-editor";
import { announce } from "../../ui/announcer";
import { KIND_LABELS, type Kind } from "../labels";
import { annotationsAt, describeEntered, describeHere, describeStep, describeSuggestionDone, describeTagged, sameHere } from "./announcements";
import { findAnnotation } from "./annotations-slice";
import { versionOf } from "./details-slice";
import { isSuggestion } from "./suggestions-slice";
import { writeSuggestionsShown } from "./suggestions-shown";
import { keyOf } from "./shortcut-keys";
import { WORKSPACE_COMMANDS } from "./commands";
import { selectNavigation, selectShownSuggestions, type WorkspaceStore } from "./workspace-state";
import { openId } from "./selection-slice";

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
  /**
   * Focus: the annotation whose panel takes the focus when it is drawn (opened from the keyboard),
   * and where the focus goes back to when that panel closes.
   */
  const focus: { panelFor: string | null; returnTo: HTMLElement | null } = { panelFor: null, returnTo: null };
  /** The annotations the caret was last in, so that moving within them says nothing new. */
  let caretIn: readonly { id: string }[] = [];

  const inPanel = (element: Element | null) => element?.closest(".annotation-panel") != null;
  /** Where the focus is now, to give it back when the panel closes (unless it is in the panel already). */
  function rememberFocus() {
    const active = typeof document === "undefined" ? null : document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !inPanel(active)) focus.returnTo = active;
  }

  /** The annotations (and shown suggestions) at a text offset, innermost first. */
  function here(offset: number) {
    const state = getState();
    return annotationsAt([...state.annotations.list, ...selectShownSuggestions(state).map((s) => ({ ...s, orphaned: false, status: undefined }))], offset);
  }

  /** Moves the focus to the heading of `id`'s panel if it is drawn and still waiting for it. */
  function focusPanel(id: string) {
    const heading = document.querySelector<HTMLElement>(`.annotation-panel[data-annotation-id="${CSS.escape(id)}"] #panel-heading`);
    if (focus.panelFor !== id || !heading) return;
    focus.panelFor = null;
    heading.focus();
  }

  /** "j" and "k" say where they went: kind, place in what they go through, words, status. */
  function sayStep(id: string) {
    const state = getState();
    const ids = selectNavigation(state);
    const annotation = findAnnotation(state.annotations, id);
    const suggestion = annotation ? undefined : selectShownSuggestions(state).find((s) => s.id === id);
    if (annotation) announce(describeStep(annotation, ids.indexOf(id) + 1, ids.length), "polite", "replace");
    else if (suggestion) announce(describeStep({ kind: suggestion.kind, exact: suggestion.exact }, ids.indexOf(id) + 1, ids.length, true), "polite", "replace");
  }

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

    /**
     * Opens an annotation or a suggestion, and (unless it was clicked in the text) brings its words
     * into view; `say` speaks where it went (j and k), `takeFocus` moves the focus to its panel.
     */
    open(id: string, scroll: ScrollBehavior | false = "smooth", say = false, takeFocus = false) {
      rememberFocus();
      focus.panelFor = takeFocus ? id : null;
      dispatch({ type: isSuggestion(getState().suggestions, id) ? "suggestionOpened" : "annotationOpened", id });
      if (scroll) editor.current?.scrollTo(id, scroll);
      if (say) sayStep(id);
      // Open already (its panel is not drawn anew): it takes the focus once this change is drawn.
      if (takeFocus) requestAnimationFrame(() => focusPanel(id));
    },

    /** The panel of `id` was just drawn: it takes the focus if it was opened from the keyboard. */
    panelShown(id: string) {
      focusPanel(id);
    },

    /** Closes what is open; if the focus was in its panel, it goes back to where it came from. */
    close() {
      const active = typeof document === "undefined" ? null : document.activeElement;
      const back = focus.returnTo;
      const wasInPanel = inPanel(active) || active === document.body;
      focus.returnTo = null;
      dispatch({ type: "closed" });
      if (wasInPanel && back?.isConnected) back.focus();
    },

    /** The caret moved in the text: entering other annotated words is said (kinds only). */
    caretMoved(offset: number) {
      const now = here(offset);
      if (sameHere(now, caretIn)) return;
      caretIn = now;
      const said = describeEntered(now);
      if (said) announce(said);
    },

    /** Says every annotation at the caret, with the key that opens the first. */
    sayHere() {
      const offset = editor.current?.caret();
      if (offset === null || offset === undefined) return announce("The text is not ready yet.");
      const openKey = keyOf(WORKSPACE_COMMANDS.find((c) => c.name === "open-here")!, getState().view.keys);
      announce(describeHere(here(offset), openKey));
    },

    /** Opens the innermost annotation at the caret (the next one there when it is open already) and moves to its panel. */
    openHere() {
      const offset = editor.current?.caret();
      const found = offset === null || offset === undefined ? [] : here(offset);
      if (found.length === 0) return announce("No annotation at the caret.");
      const current = openId(getState().selection);
      const at = found.findIndex((a) => a.id === current);
      const next = found[(at + 1) % found.length];
      operations.open(next.id, false, found.length > 1, true);
    },

    /** To the open annotation's panel (j and k leave the focus where it is). */
    goToPanel() {
      rememberFocus();
      const heading = document.getElementById("panel-heading");
      if (heading) heading.focus();
      // Still on its way: its panel takes the focus when drawn.
      else focus.panelFor = getState().selection.annotationId;
    },

    /** From an annotation to its words: the focus goes into the text, the caret at their start. */
    goToWords(id: string) {
      // Said even when the caret was in these words before: the person asked where they are.
      caretIn = [];
      if (!editor.current?.focusWords(id)) return announce("Its words are not in the text (it needs re-anchoring).");
      focus.returnTo = null;
      const offset = editor.current.caret();
      if (offset !== null) operations.caretMoved(offset);
    },

    async tag(kind: Kind) {
      editor.current?.flushSelection();
      const { selection, requests, annotations } = getState();
      const tagged = selection.text;
      if (!tagged || requests.tagging || annotations.load !== "ready") return;
      dispatch({ type: "requestStarted", tagging: true });
      try {
        const created = await annotationsApi.create(articleId, { kind, start: tagged.start, end: tagged.end, exact: tagged.exact });
        // Collapsed once the new highlight is shown, if still the selection.
        editor.current?.clearSelection(tagged);
        dispatch({ type: "annotationPlaced", annotation: created, selection: tagged });
        announce(describeTagged(created));
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
      if (!annotation) return;
      dispatch({ type: "suggestionAccepted", id, annotation });
      announce(describeSuggestionDone(annotation, "accepted"));
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
      if (!suggestion) return;
      dispatch({ type: "suggestionDismissed", suggestion });
      announce(describeSuggestionDone(suggestion, "dismissed"));
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
