import type { AnnotationKind } from "@/lib/vocabulary/names";

interface Span {
  kind: AnnotationKind;
  start: number;
  end: number;
}

/**
 * Whether an annotation of the same kind already covers a span, answered in log time: a page
 * holds thousands of annotations and hundreds of suggestions, and asks again on every change.
 */
export function coverageOf(annotations: readonly (Span & { orphaned: boolean })[]): (span: Span) => boolean {
  const byKind = new Map<AnnotationKind, { starts: number[]; reach: number[] }>();
  const live = annotations.filter((a) => !a.orphaned).sort((a, b) => a.start - b.start);
  for (const a of live) {
    let index = byKind.get(a.kind);
    if (!index) byKind.set(a.kind, (index = { starts: [], reach: [] }));
    // reach[i]: the furthest end among the first i + 1 annotations by start.
    index.reach.push(Math.max(a.end, index.reach[index.reach.length - 1] ?? -Infinity));
    index.starts.push(a.start);
  }
  return (span) => {
    const index = byKind.get(span.kind);
    if (!index) return false;
    // The last annotation that starts before the span ends; any of those reaching past its start overlaps.
    let lo = 0;
    let hi = index.starts.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (index.starts[mid] < span.end) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last >= 0 && index.reach[last] > span.start;
  };
}
