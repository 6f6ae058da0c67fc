/**
 * The baseline bench:memory compares the memory's matching with: Okapi BM25 (k1 1.2, b 0.75)
 * over the same checks' words, as PostgreSQL's English full-text search reads them (the same
 * lexemes the memory's index holds), with no threshold, no synonyms and no rerank. Built in
 * memory from the search column, so it ranks every check rather than an index's candidates.
 */
import type pg from "pg";

const K1 = 1.2;
const B = 0.75;

export interface Bm25Index {
  /** The ids of the best `limit` claim checks for a statement's lexemes, best first. */
  rank(lexemes: string[], limit: number): string[];
}

/** Reads every claim check's lexemes with their counts and builds the inverted index. */
export async function buildBm25(client: pg.Client): Promise<Bm25Index> {
  const { rows } = await client.query<{ id: string; terms: string[] | null; counts: number[] | null }>(
    `SELECT c.id, array_agg(t.lexeme) AS terms, array_agg(coalesce(array_length(t.positions, 1), 1)) AS counts
     FROM "CheckedClaim" c LEFT JOIN LATERAL unnest(c.search) t ON true
     WHERE c.kind = 'CLAIM' AND c.search IS NOT NULL GROUP BY c.id`,
  );
  const postings = new Map<string, { doc: number; tf: number }[]>();
  const lengths: number[] = [];
  const ids: string[] = [];
  for (const row of rows) {
    const doc = ids.length;
    ids.push(row.id);
    let length = 0;
    (row.terms ?? []).forEach((term, i) => {
      if (term === null) return;
      const tf = row.counts?.[i] ?? 1;
      length += tf;
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push({ doc, tf });
    });
    lengths.push(length);
  }
  const average = lengths.reduce((sum, l) => sum + l, 0) / Math.max(1, lengths.length);
  const total = ids.length;
  return {
    rank(lexemes, limit) {
      const scores = new Map<number, number>();
      for (const lexeme of new Set(lexemes)) {
        const list = postings.get(lexeme);
        if (!list) continue;
        const idf = Math.log(1 + (total - list.length + 0.5) / (list.length + 0.5));
        for (const { doc, tf } of list) {
          const weight = (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * lengths[doc]) / average));
          scores.set(doc, (scores.get(doc) ?? 0) + weight);
        }
      }
      return [...scores.entries()]
        .sort((a, b) => b[1] - a[1] || (ids[a[0]] < ids[b[0]] ? -1 : 1))
        .slice(0, limit)
        .map(([doc]) => ids[doc]);
    },
  };
}
