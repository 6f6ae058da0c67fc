import { KINDS, STATUSES } from "../vocabulary/names";
import type { AnnotationSummary } from "./annotation-summary";

/**
 * A compact form of the article page's annotation list, which the page hands to the browser for
 * thousands of annotations at once: rows of values instead of objects with repeated keys, each
 * author once, kinds and statuses as small numbers, and no quote where the quote is simply the
 * article's text at the anchor (the browser has the text). About a quarter of the bytes of the
 * plain objects.
 */
export interface EncodedSummaries {
  authors: { id: string; name: string }[];
  /** [id, kind, start, end, exact ("" when it is the text at start–end), orphaned, status, author index, source count, version] */
  rows: [string, number, number, number, string, 0 | 1, number, number, number, number][];
}

/** `text` is the article's canonical text, which the anchors point into. */
export function encodeSummaries(summaries: AnnotationSummary[], text: string): EncodedSummaries {
  const authorIndex = new Map<string, number>();
  const authors: EncodedSummaries["authors"] = [];
  const rows = summaries.map((s): EncodedSummaries["rows"][number] => {
    let index = authorIndex.get(s.author.id);
    if (index === undefined) {
      index = authors.push(s.author) - 1;
      authorIndex.set(s.author.id, index);
    }
    const exact = !s.orphaned && text.slice(s.start, s.end) === s.exact ? "" : s.exact;
    return [s.id, KINDS.indexOf(s.kind), s.start, s.end, exact, s.orphaned ? 1 : 0, STATUSES.indexOf(s.status), index, s.sourceCount, s.version];
  });
  return { authors, rows };
}

export function decodeSummaries({ authors, rows }: EncodedSummaries, text: string): AnnotationSummary[] {
  return rows.map(([id, kind, start, end, exact, orphaned, status, author, sourceCount, version]) => ({
    id,
    kind: KINDS[kind],
    start,
    end,
    exact: exact || text.slice(start, end),
    orphaned: orphaned === 1,
    status: STATUSES[status],
    author: authors[author],
    sourceCount,
    version,
  }));
}
