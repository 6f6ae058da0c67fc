/**
 * Every action the audit trail records, once: what it is about, whether it is news on the
 * article's live feed, and how a history page says it ("Eddie Editor approved it"). Writing an
 * activity with a name that is not here does not compile.
 */
export const ACTIONS = {
  "annotation.created": { about: "Annotation", feed: true, label: "created the annotation" },
  "annotation.updated": { about: "Annotation", feed: true, label: "edited the annotation" },
  "annotation.deleted": { about: "Annotation", feed: true, label: "deleted the annotation" },
  "annotation.restored": { about: "Annotation", feed: true, label: "restored the annotation" },
  "annotation.submit": { about: "Annotation", feed: true, label: "submitted it for review" },
  "annotation.approve": { about: "Annotation", feed: true, label: "approved it" },
  "annotation.request_changes": { about: "Annotation", feed: true, label: "requested changes" },
  "annotation.reject": { about: "Annotation", feed: true, label: "rejected it" },
  "annotation.assigned": { about: "Annotation", feed: true, label: "changed who it is assigned to" },
  "annotation.reattached": { about: "Annotation", feed: true, label: "re-attached it to new words" },
  "annotation.same_claim_linked": { about: "Annotation", feed: true, label: "said it is the same claim as an earlier check" },
  "annotation.same_claim_unlinked": { about: "Annotation", feed: true, label: "took back that it is the same claim as an earlier check" },
  // Written with a text correction, whose own entry is the feed's news.
  "annotation.orphaned": { about: "Annotation", feed: false, label: "lost its place in a text correction" },
  "annotation.reanchored": { about: "Annotation", feed: false, label: "followed its words through a text correction" },
  "suggestion.accepted": { about: "Suggestion", feed: true, label: "accepted the suggestion" },
  "suggestion.dismissed": { about: "Suggestion", feed: true, label: "dismissed the suggestion" },
  "suggestion.restored": { about: "Suggestion", feed: true, label: "brought the suggestion back" },
  "fact.created": { about: "Fact", feed: true, label: "accepted a fact into the ledger" },
  "fact.updated": { about: "Fact", feed: true, label: "renamed a fact in the ledger" },
  "fact.entry_moved": { about: "Fact", feed: true, label: "moved an annotation to another fact" },
  "fact.entry_removed": { about: "Fact", feed: true, label: "took an annotation out of a fact" },
  "fact.denial_linked": { about: "Fact", feed: true, label: "linked a denial to a claim" },
  "fact.merged": { about: "Fact", feed: true, label: "merged two facts" },
  "fact.dismissed": { about: "Fact", feed: true, label: "dismissed a proposed fact" },
  "fact.confirmed": { about: "Fact", feed: true, label: "confirmed a fact for publication" },
  "source.added": { about: "Source", feed: true, label: "added a source" },
  "source.updated": { about: "Source", feed: true, label: "edited a source" },
  "source.removed": { about: "Source", feed: true, label: "removed a source" },
  "source.archived": { about: "Source", feed: true, label: "archived a source's page" },
  "source.checked": { about: "Source", feed: true, label: "checked a source's page again" },
  "comment.created": { about: "Comment", feed: true, label: "commented" },
  "comment.updated": { about: "Comment", feed: true, label: "edited a comment" },
  "comment.deleted": { about: "Comment", feed: true, label: "deleted a comment" },
  "article.imported": { about: "Article", feed: true, label: "imported the article" },
  "article.text_corrected": { about: "Article", feed: true, label: "corrected the text" },
  "article.ownership_changed": { about: "Article", feed: true, label: "changed whether the article is the desk's own" },
  "article.assigned": { about: "Article", feed: true, label: "changed who the article is assigned to" },
  "story.created": { about: "Story", feed: false, label: "created the story" },
  "story.updated": { about: "Story", feed: false, label: "changed the story" },
  "settings.updated": { about: "Setting", feed: false, label: "changed the desk's settings" },
  "claims.imported": { about: "CheckedClaim", feed: false, label: "imported other publishers' checks into the memory" },
  "publication.published": { about: "Publication", feed: false, label: "published the report" },
  "publication.withdrawn": { about: "Publication", feed: false, label: "withdrew the published report" },
  "user.created": { about: "User", feed: false, label: "created the account" },
  "user.updated": { about: "User", feed: false, label: "changed the account" },
  "user.sessions_revoked": { about: "User", feed: false, label: "signed the account out everywhere" },
  "user.password_changed": { about: "User", feed: false, label: "changed their password" },
  "user.password_reset": { about: "User", feed: false, label: "reset the account's password" },
} as const satisfies Record<string, { about: string; feed: boolean; label: string }>;

export type ActivityAction = keyof typeof ACTIONS;
export type ActivitySubject = (typeof ACTIONS)[ActivityAction]["about"];

/** The actions that are news on an article's live feed. */
export type FeedAction = { [A in ActivityAction]: (typeof ACTIONS)[A]["feed"] extends true ? A : never }[ActivityAction];

export function isFeedAction(action: ActivityAction): action is FeedAction {
  return ACTIONS[action].feed;
}

/** How a history page says what happened; a name from an older version of the app reads as words. */
export function describeAction(action: string): string {
  return action in ACTIONS ? ACTIONS[action as ActivityAction].label : action.replace(/[._]/g, " ");
}
