import { diffWordsWithSpace } from "diff";

export interface DiffPart {
  kind: "same" | "added" | "removed";
  text: string;
}

export interface TextDiff {
  parts: DiffPart[];
  /** The texts differ too much to compare word by word: `parts` is the old text removed and the new added. */
  tooDifferent: boolean;
  /** Why no comparison is shown (too long, too slow, or the server busy): `parts` is then empty. */
  unavailable?: string;
}

/**
 * A word diff costs time in proportion to the texts' length times the number of edits, so a
 * rewrite of a long article could pin the CPU: past this many edits, or this long, it gives up.
 */
export const DIFF_LIMITS = { maxEditLength: 4_000, timeoutMs: 1_000 } as const;

export const TOO_DIFFERENT_MESSAGE = "These versions are too different to compare word by word; the whole text changed.";

/** A readable word-level diff: what was removed and what was added, in reading order. */
export function diffTexts(before: string, after: string): TextDiff {
  const changes = diffWordsWithSpace(before, after, { maxEditLength: DIFF_LIMITS.maxEditLength, timeout: DIFF_LIMITS.timeoutMs });
  if (!changes) {
    return {
      parts: [
        { kind: "removed", text: before },
        { kind: "added", text: after },
      ],
      tooDifferent: true,
    };
  }
  return {
    parts: changes.map((change) => ({ kind: change.added ? "added" : change.removed ? "removed" : "same", text: change.value })),
    tooDifferent: false,
  };
}

/** Shortens long unchanged stretches to their ends, so a change shows with a little context. */
export function withContext(parts: DiffPart[], keep = 80): DiffPart[] {
  return parts.map((part, index) => {
    if (part.kind !== "same" || part.text.length <= keep * 2) return part;
    // Only the cut side gets the ellipsis: the space next to a change is part of the text around it.
    if (index === 0) return { kind: "same", text: `… ${part.text.slice(-keep)}` };
    if (index === parts.length - 1) return { kind: "same", text: `${part.text.slice(0, keep)} …` };
    return { kind: "same", text: `${part.text.slice(0, keep)} … ${part.text.slice(-keep)}` };
  });
}
