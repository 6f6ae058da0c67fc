import type { WorkspaceAction } from "./actions";

/** What others did while this person is on the page, as the live feed told it. */
export interface LiveState {
  /** Who made the latest change to an annotation, if someone else. */
  changedBy: Readonly<Record<string, string>>;
  /** Who deleted an annotation (its panel, if open, turns read-only). */
  removedBy: Readonly<Record<string, string>>;
  /** Bumped when an annotation's discussion changed, so an open one fetches it again. */
  commentRevisions: Readonly<Record<string, number>>;
  /** Why the page should be reloaded (the text was corrected, or too much was missed). */
  notice: string | null;
}

export const initialLive: LiveState = { changedBy: {}, removedBy: {}, commentRevisions: {}, notice: null };

export function liveReducer(state: LiveState, action: WorkspaceAction): LiveState {
  switch (action.type) {
    case "changedByOther":
      return state.changedBy[action.id] === action.by ? state : { ...state, changedBy: { ...state.changedBy, [action.id]: action.by } };
    case "removedByOther":
      return { ...state, removedBy: { ...state.removedBy, [action.id]: action.by } };
    case "restoredLive": {
      if (!(action.id in state.removedBy)) return state;
      const removedBy = { ...state.removedBy };
      delete removedBy[action.id];
      return { ...state, removedBy };
    }
    case "commentsChanged":
      return { ...state, commentRevisions: { ...state.commentRevisions, [action.id]: (state.commentRevisions[action.id] ?? 0) + 1 } };
    case "pageOutdated":
      return { ...state, notice: action.notice };
    default:
      return state;
  }
}
