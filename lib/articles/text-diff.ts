import { diffWordsWithSpace } from "diff";

export interface DiffPart {
  kind: "same" | "added" | "removed";
  text: string;
}

/** A readable word-level diff: what was removed and what was added, in reading order. */
export function diffTexts(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
}

/** Shortens long unchanged stretches to their ends, so a change shows with a little context. */
export function withContext(parts: DiffPart[], keep = 80): DiffPart[] {
  return parts.map((part, index) => {
    if (part.kind !== "same" || part.text.length <= keep * 2) return part;
    const head = index === 0 ? "" : part.text.slice(0, keep);
    const tail = index === parts.length - 1 ? "" : part.text.slice(-keep);
    return { kind: "same", text: `${head} … ${tail}`.trim() };
  });
}
