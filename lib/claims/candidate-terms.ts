/** A lexeme of the statement being matched, with the share of checks that hold it (from PostgreSQL's statistics). */
export interface Term {
  lexeme: string;
  share: number;
}

/** About how many checks the index may hand the rerank: each costs a rank in SQL, so the query is built to stay near this. */
export const CANDIDATE_BUDGET = 300;
const MAX_PAIRS = 60;

const quoted = (lexeme: string) => `'${lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

/**
 * The full-text query that finds an earlier check of a statement without reading most of the
 * memory: its rarer words alone (a name, a number, an unusual noun: few checks hold them), and
 * the commoner ones only two at a time ("million" alone is in a third of all checks; "million"
 * and "telephone" together are rare). Words are taken rarest first while the checks they are
 * expected to bring stay within the budget. `match` finds the candidates; `rank` (every word,
 * any of them) orders them. Null when the statement has no word to search for.
 */
export function candidateQuery(terms: Term[], checks: number, budget = CANDIDATE_BUDGET): { match: string; rank: string } | null {
  const unique = [...new Map(terms.map((t) => [t.lexeme, t])).values()].sort((a, b) => a.share - b.share || a.lexeme.localeCompare(b.lexeme));
  if (unique.length === 0) return null;
  let expected = 0;
  const alone: Term[] = [];
  const rest: Term[] = [];
  for (const term of unique) {
    if (rest.length === 0 && expected + term.share * checks <= budget) {
      alone.push(term);
      expected += term.share * checks;
    } else rest.push(term);
  }
  const pairs: [Term, Term][] = [];
  for (let i = 0; i < rest.length; i += 1) for (let j = i + 1; j < rest.length; j += 1) pairs.push([rest[i], rest[j]]);
  pairs.sort((a, b) => a[0].share * a[1].share - b[0].share * b[1].share);
  const together: string[] = [];
  for (const [a, b] of pairs) {
    const brings = a.share * b.share * checks;
    if (together.length >= MAX_PAIRS || expected + brings > budget) break;
    together.push(`(${quoted(a.lexeme)} & ${quoted(b.lexeme)})`);
    expected += brings;
  }
  const parts = [...alone.map((t) => quoted(t.lexeme)), ...together];
  if (parts.length === 0) return null;
  return { match: parts.join(" | "), rank: unique.map((t) => quoted(t.lexeme)).join(" | ") };
}
