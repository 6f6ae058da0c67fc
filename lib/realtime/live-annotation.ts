import type { SessionUser } from "../auth/session";
import { toAnnotationView, type AnnotationRow } from "../annotations/annotation-view";
import { readAnnotationRow } from "../annotations/annotation-rows";
import { isAnnotationChange, type AnnotationChange } from "../contracts/live";
import type { ArticleEvent } from "./article-feed";

/**
 * Whether a page needs the annotation itself to show this change: what a page would otherwise
 * fetch after it (components/annotations/use-live-article.ts). Discussions, suggestions and the
 * article's own changes are fetched their own way; a deleted annotation is simply dropped.
 */
export function carriesAnnotation(event: ArticleEvent): event is AnnotationChange {
  return event.annotationId !== null && isAnnotationChange(event);
}

// Every page on an article gets every change; the annotation is read once per instance and change,
// however many pages are open, and forgotten soon after.
const reads = new Map<string, Promise<AnnotationRow | null>>();
const FORGET_AFTER_MS = 10_000;

function readOnce(event: ArticleEvent): Promise<AnnotationRow | null> {
  const key = `${event.articleId}:${event.seq}`;
  let read = reads.get(key);
  if (!read) {
    read = readAnnotationRow(event.annotationId!)
      .then((row) => (row && !row.deletedAt ? row : null))
      // Without it the page fetches the annotation itself, as it always could.
      .catch(() => null);
    reads.set(key, read);
    setTimeout(() => reads.delete(key), FORGET_AFTER_MS).unref();
  }
  return read;
}

/**
 * The change with the annotation as `viewer` would get it from GET /api/annotations/:id (the
 * same view, the same permissions), read after the change committed, so it is at least as new as
 * the event. Saves each open page a request per change: with a desk on one article, most requests.
 */
export async function withAnnotation(event: AnnotationChange, viewer: SessionUser): Promise<AnnotationChange> {
  const row = await readOnce(event);
  return row ? { ...event, annotation: toAnnotationView(row, viewer) } : event;
}
