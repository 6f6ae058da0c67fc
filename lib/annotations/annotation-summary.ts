import type { ReviewStatus } from "../vocabulary/names";
import type { AnnotationView } from "./annotation-view";

/**
 * What the article page needs of every annotation up front: enough to highlight it and list it.
 * Notes and sources come with the full view when someone opens one, so an article with
 * thousands of annotations still loads quickly.
 */
export interface AnnotationSummary {
  id: string;
  kind: AnnotationView["kind"];
  start: number;
  end: number;
  exact: string;
  orphaned: boolean;
  status: ReviewStatus;
  author: { id: string; name: string };
  sourceCount: number;
  /** The version the page holds: a write it sends (re-attaching, say) is refused if someone changed it since. */
  version: number;
}

export function toAnnotationSummary(view: AnnotationView): AnnotationSummary {
  const { id, kind, start, end, exact, orphaned, status, author, version } = view;
  return { id, kind, start, end, exact, orphaned, status, author, sourceCount: view.sources.length, version };
}
