import { diffWordsWithSpace } from "diff";

/**
 * Where offsets of the old text land in the new one, from a word diff of the two (a character
 * diff aligns "two" with the "t" of "three" and splits words arbitrarily). Offsets
 * inside deleted text have no place of their own; `map` reports that with `deleted: true` and
 * returns the edge of the deletion.
 */
export interface PositionMap {
  map(offset: number, bias: "before" | "after"): { offset: number; deleted: boolean };
  /** The share of new text [from, to) that the edit inserted (rather than kept from the old text). */
  insertedShare(from: number, to: number): number;
}

interface Segment {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
  kind: "same" | "removed" | "added";
}

export function buildPositionMap(oldText: string, newText: string): PositionMap {
  const segments: Segment[] = [];
  let oldAt = 0;
  let newAt = 0;
  // Large texts with few edits diff quickly; `timeout` bounds the worst case (a rewrite), after
  // which everything counts as replaced and anchors fall back to searching for their quotes.
  const changes = diffWordsWithSpace(oldText, newText, { timeout: 2_000 }) ?? [{ value: oldText, removed: true }, { value: newText, added: true }];
  for (const change of changes) {
    const length = change.value.length;
    if (change.added) {
      segments.push({ oldStart: oldAt, oldEnd: oldAt, newStart: newAt, newEnd: newAt + length, kind: "added" });
      newAt += length;
    } else if (change.removed) {
      segments.push({ oldStart: oldAt, oldEnd: oldAt + length, newStart: newAt, newEnd: newAt, kind: "removed" });
      oldAt += length;
    } else {
      segments.push({ oldStart: oldAt, oldEnd: oldAt + length, newStart: newAt, newEnd: newAt + length, kind: "same" });
      oldAt += length;
      newAt += length;
    }
  }

  const added = segments.filter((s) => s.kind === "added");
  return {
    map(offset, bias) {
      // The first segment starting at or after the offset (insertions start where they sit).
      let low = 0;
      let high = segments.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (segments[mid].oldStart < offset) low = mid + 1;
        else high = mid;
      }
      const previous = segments[low - 1];
      if (previous && previous.oldEnd > offset) {
        // Strictly inside the previous segment: kept text shifts, deleted text has no place.
        return previous.kind === "same"
          ? { offset: previous.newStart + (offset - previous.oldStart), deleted: false }
          : { offset: previous.newStart, deleted: true };
      }
      // Between segments. Text inserted exactly here goes after the offset when it ends a range
      // ("before") and before it when it starts one ("after"), so ranges never swallow insertions.
      let next = low;
      if (bias === "after") {
        while (next < segments.length && segments[next].kind === "added" && segments[next].oldStart === offset) next++;
      }
      return { offset: next < segments.length ? segments[next].newStart : newText.length, deleted: false };
    },

    insertedShare(from, to) {
      if (to <= from) return 0;
      let inserted = 0;
      for (const s of added) {
        if (s.newStart >= to) break;
        inserted += Math.max(0, Math.min(to, s.newEnd) - Math.max(from, s.newStart));
      }
      return inserted / (to - from);
    },
  };
}
