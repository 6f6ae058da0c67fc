import type { SourceKey } from "./public-report";

/** One line of a publication's "corrections and updates", in the public's words: no ids. */
export interface PublicChange {
  type: "added" | "removed" | "verdict" | "words";
  quote: string;
  before?: string | null;
  after?: string | null;
}

/**
 * What a new publication changes for its readers, item by item: added, removed, a verdict that
 * changed, words that changed (a corrected anchor). Items are matched by the annotation they
 * came from, which readers never see.
 */
export function changesBetween(before: SourceKey[], after: SourceKey[]): PublicChange[] {
  const old = new Map(before.map((k) => [k.annotationId, k]));
  const now = new Set(after.map((k) => k.annotationId));
  const changes: PublicChange[] = [];
  for (const key of after) {
    const was = old.get(key.annotationId);
    if (!was) changes.push({ type: "added", quote: key.quote, after: key.verdict });
    else {
      if (was.quote !== key.quote) changes.push({ type: "words", quote: key.quote, before: was.quote });
      if (was.verdict !== key.verdict) changes.push({ type: "verdict", quote: key.quote, before: was.verdict, after: key.verdict });
    }
  }
  for (const key of before) if (!now.has(key.annotationId)) changes.push({ type: "removed", quote: key.quote, before: key.verdict });
  return changes;
}
