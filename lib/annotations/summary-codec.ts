import type { AnnotationSummary } from "./annotation-summary";

/**
 * A compact form of the article page's annotation list: rows of values instead of objects with
 * repeated keys, and each author once. It carries the same data in about a third of the bytes,
 * which matters when the page hands thousands of annotations to the browser.
 */
export interface EncodedSummaries {
  authors: { id: string; name: string }[];
  /** [id, kind, start, end, exact, orphaned, status, author index, source count, createdAt] */
  rows: [string, AnnotationSummary["kind"], number, number, string, 0 | 1, string, number, number, string][];
}

export function encodeSummaries(summaries: AnnotationSummary[]): EncodedSummaries {
  const authorIndex = new Map<string, number>();
  const authors: EncodedSummaries["authors"] = [];
  const rows = summaries.map((s): EncodedSummaries["rows"][number] => {
    let index = authorIndex.get(s.author.id);
    if (index === undefined) {
      index = authors.push(s.author) - 1;
      authorIndex.set(s.author.id, index);
    }
    return [s.id, s.kind, s.start, s.end, s.exact, s.orphaned ? 1 : 0, s.status, index, s.sourceCount, s.createdAt];
  });
  return { authors, rows };
}

export function decodeSummaries({ authors, rows }: EncodedSummaries): AnnotationSummary[] {
  return rows.map(([id, kind, start, end, exact, orphaned, status, author, sourceCount, createdAt]) => ({
    id,
    kind,
    start,
    end,
    exact,
    orphaned: orphaned === 1,
    status,
    author: authors[author],
    sourceCount,
    createdAt,
  }));
}
