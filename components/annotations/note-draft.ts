/**
 * The note being edited in an annotation's panel, beside the saved note it started from. Someone
 * else's save that changes the note under an unsaved draft is a conflict: both stay on screen
 * until the person re-applies theirs or keeps the other. A pure reducer, so every sequence of
 * events (their save, my save, a refused save, typing) is tested without a browser.
 */
export interface NoteDraft {
  draft: string;
  /** The saved note and version the draft started from. */
  base: { note: string; version: number };
  /** Bumped to give the editor a new document (it does not follow `draft` while one types). */
  editorKey: number;
  /**
   * Someone else's saved note, beside an unsaved draft. `draftVersion` is the version the draft
   * was written against: a plain save sends it, so a save clicked as their change arrives is
   * refused (409) rather than silently replacing it; "Re-apply my note" sends the current one.
   */
  conflict: { theirs: string; by?: string; draftVersion: number } | null;
}

export type NoteDraftEvent =
  | { type: "typed"; html: string }
  /** The annotation as saved now (from the live feed, a 409 or any save), and who changed it. */
  | { type: "saved-annotation"; note: string; version: number; by?: string }
  /** This person's own note was saved. */
  | { type: "note-saved"; note: string; version: number }
  | { type: "kept-theirs" };

/** An emptied editor reads "<p></p>"; that is the same as no note. */
export const sameNote = (a: string, b: string) => (a === "<p></p>" ? "" : a) === (b === "<p></p>" ? "" : b);

export function initialNoteDraft(note: string, version: number): NoteDraft {
  return { draft: note, base: { note, version }, editorKey: 0, conflict: null };
}

export function isDirty(state: NoteDraft): boolean {
  return !sameNote(state.draft, state.base.note);
}

export function noteDraftReducer(state: NoteDraft, event: NoteDraftEvent): NoteDraft {
  switch (event.type) {
    case "typed":
      return { ...state, draft: event.html };
    case "saved-annotation": {
      if (event.version === state.base.version) return state;
      const base = { note: event.note, version: event.version };
      // A change to something else (kind, sources, review): the draft simply moves on with it.
      if (sameNote(event.note, state.base.note)) return { ...state, base };
      // Their note under my unsaved, different draft: show both.
      if (isDirty(state) && !sameNote(state.draft, event.note)) {
        const draftVersion = state.conflict?.draftVersion ?? state.base.version;
        return { ...state, base, conflict: { theirs: event.note, by: event.by, draftVersion } };
      }
      // Nothing of mine to lose: show theirs.
      return { ...state, base, draft: event.note, editorKey: state.editorKey + 1, conflict: null };
    }
    case "note-saved":
      return { draft: event.note, base: { note: event.note, version: event.version }, editorKey: state.editorKey + 1, conflict: null };
    case "kept-theirs":
      return { ...state, draft: state.base.note, editorKey: state.editorKey + 1, conflict: null };
  }
}
