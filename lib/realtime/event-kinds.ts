import type { ArticleEventType } from "./article-feed";

/**
 * Events whose version is the annotation's version after the change: a page that already holds
 * that version (its own write) need not fetch it again. Source and assignment changes leave the
 * annotation's version alone, so they are always fetched.
 */
export const VERSIONED_ANNOTATION_EVENTS: ReadonlySet<ArticleEventType> = new Set([
  "annotation.created",
  "annotation.updated",
  "annotation.restored",
  "annotation.submit",
  "annotation.approve",
  "annotation.request_changes",
  "annotation.reject",
  "annotation.reattached",
  "annotation.same_claim_linked",
  "annotation.same_claim_unlinked",
]);
