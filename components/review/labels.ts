export const ACTION_NAMES: Record<string, string> = {
  "annotation.created": "created the annotation",
  "annotation.updated": "edited the annotation",
  "annotation.deleted": "deleted the annotation",
  "annotation.restored": "restored the annotation",
  "annotation.submit": "submitted it for review",
  "annotation.approve": "approved it",
  "annotation.request_changes": "requested changes",
  "annotation.reject": "rejected it",
  "annotation.assigned": "changed who it is assigned to",
  "article.assigned": "changed who the article is assigned to",
  "source.added": "added a source",
  "source.updated": "edited a source",
  "source.removed": "removed a source",
  "comment.created": "commented",
  "comment.updated": "edited a comment",
  "comment.deleted": "deleted a comment",
};

export function describeAction(action: string): string {
  return ACTION_NAMES[action] ?? action.replace(/[._]/g, " ");
}

export function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
}
