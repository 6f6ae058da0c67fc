import { toAnnotationSummary, type AnnotationSummary } from "@/lib/annotations/annotation-summary";
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import type { HighlightSpec } from "../../editor/highlight-layer";
import { compareAnnotations } from "../labels";
import type { Filters, WorkspaceAction } from "./actions";
import { memoize } from "./store";

export type LoadState = "loading" | "ready" | "failed";

/** The article's annotations as the list and the highlights show them. */
export interface AnnotationsState {
  load: LoadState;
  /** The live feed's position when the snapshot was read: the page listens from there. */
  seq: number | null;
  /** Every annotation's summary, in document order (compareAnnotations). */
  list: readonly AnnotationSummary[];
}

export const initialAnnotations: AnnotationsState = { load: "loading", seq: null, list: [] };

function sameSummary(a: AnnotationSummary, b: AnnotationSummary): boolean {
  return (
    a.id === b.id &&
    a.kind === b.kind &&
    a.start === b.start &&
    a.end === b.end &&
    a.exact === b.exact &&
    a.orphaned === b.orphaned &&
    a.status === b.status &&
    a.author.id === b.author.id &&
    a.author.name === b.author.name &&
    a.sourceCount === b.sourceCount &&
    a.version === b.version
  );
}

/** The first index whose annotation comes after `summary` in document order. */
function insertionPoint(list: readonly AnnotationSummary[], summary: AnnotationSummary): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareAnnotations(list[mid], summary) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The list with `view` in its place: a binary search instead of a sort, and the same list when
 * nothing the list shows has changed (an edited note), so nothing downstream renders for it.
 */
export function withAnnotation(list: readonly AnnotationSummary[], view: AnnotationView): readonly AnnotationSummary[] {
  const summary = toAnnotationSummary(view);
  const at = list.findIndex((a) => a.id === summary.id);
  if (at >= 0 && sameSummary(list[at], summary)) return list;
  const rest = at >= 0 ? [...list.slice(0, at), ...list.slice(at + 1)] : [...list];
  rest.splice(insertionPoint(rest, summary), 0, summary);
  return rest;
}

function without(list: readonly AnnotationSummary[], id: string): readonly AnnotationSummary[] {
  const at = list.findIndex((a) => a.id === id);
  return at < 0 ? list : [...list.slice(0, at), ...list.slice(at + 1)];
}

export function annotationsReducer(state: AnnotationsState, action: WorkspaceAction): AnnotationsState {
  switch (action.type) {
    case "snapshotArrived":
      // Only the first: after it the live feed keeps the list current.
      return state.load === "ready" ? state : { load: "ready", seq: action.seq, list: action.annotations };
    case "snapshotFailed":
      return state.load === "loading" ? { ...state, load: "failed" } : state;
    case "annotationReceived":
    case "annotationPlaced":
    case "annotationRestored":
    case "suggestionAccepted": {
      const list = withAnnotation(state.list, action.annotation);
      return list === state.list ? state : { ...state, list };
    }
    case "annotationDropped":
    case "annotationDeleted": {
      const list = without(state.list, action.type === "annotationDropped" ? action.id : action.annotation.id);
      return list === state.list ? state : { ...state, list };
    }
    default:
      return state;
  }
}

// One spec per summary object: a summary that did not change keeps its spec, and the highlight
// layer passes over it without a look.
const specs = new WeakMap<AnnotationSummary, HighlightSpec>();
function specOf(summary: AnnotationSummary): HighlightSpec {
  let spec = specs.get(summary);
  if (!spec) specs.set(summary, (spec = { id: summary.id, kind: summary.kind, start: summary.start, end: summary.end }));
  return spec;
}

/** What the text paints: every placed annotation, in document order (null until they arrive). */
export const highlightsOf = memoize((load: LoadState, list: readonly AnnotationSummary[]): readonly HighlightSpec[] | null =>
  load === "ready" ? list.filter((a) => !a.orphaned).map(specOf) : null,
);

/** Annotations a correction could not place; the same list while they are the same ones. */
export const orphansOf = (() => {
  let last: readonly AnnotationSummary[] = [];
  return memoize((list: readonly AnnotationSummary[]) => {
    const orphans = list.filter((a) => a.orphaned);
    if (orphans.length !== last.length || orphans.some((a, i) => a !== last[i])) last = orphans;
    return last;
  });
})();

export function applyFilters(list: readonly AnnotationSummary[], filters: Filters): readonly AnnotationSummary[] {
  if (!filters.kind && !filters.status && !filters.author) return list;
  return list.filter(
    (a) => (!filters.kind || a.kind === filters.kind) && (!filters.status || a.status === filters.status) && (!filters.author || a.author.id === filters.author),
  );
}

/** The annotations the list shows under the filters, in document order. */
export const visibleOf = memoize(applyFilters);

export function findAnnotation(state: AnnotationsState, id: string | null): AnnotationSummary | undefined {
  return id ? state.list.find((a) => a.id === id) : undefined;
}
