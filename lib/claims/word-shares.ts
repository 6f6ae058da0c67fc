import { z } from "zod";
import { db } from "../db/client";

/** What pg_stats keeps of the search column (nothing before the first ANALYZE), and the table's estimated size. */
const statsRow = z.object({ elems: z.array(z.string()).nullable(), freqs: z.array(z.number()).nullable(), checks: z.number() });

/** How common each word of the memory is, as PostgreSQL's statistics last saw it. */
export interface WordShares {
  /** Share of checks holding each of the commonest lexemes (up to a thousand). */
  shares: Map<string, number>;
  /** The share any other lexeme has at most. */
  rarest: number;
  /** About how many checks the memory holds. */
  checks: number;
}

const FRESH_MS = 60_000;
let kept: { at: number; reading: Promise<WordShares> } | null = null;

async function read(): Promise<WordShares> {
  const [raw] = await db.$queryRaw<unknown[]>`
    SELECT (SELECT most_common_elems::text::text[] FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'CheckedClaim' AND attname = 'search') AS elems,
           (SELECT most_common_elem_freqs FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'CheckedClaim' AND attname = 'search') AS freqs,
           (SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = '"CheckedClaim"'::regclass)::float8 AS checks`;
  const row = statsRow.parse(raw);
  const elems = row.elems ?? [];
  const freqs = row.freqs ?? [];
  // After one frequency per lexeme, ANALYZE stores the least and greatest of them.
  return { shares: new Map(elems.map((lexeme, i) => [lexeme, freqs[i]])), rarest: freqs[elems.length] ?? 0, checks: row.checks };
}

/**
 * The memory's word statistics (ANALYZE keeps the commonest lexemes of the search column with
 * their frequencies, and autovacuum keeps them current), read at most once a minute per process:
 * they change slowly, and reading pg_stats costs more than the search it guides.
 */
export function wordShares(now = Date.now()): Promise<WordShares> {
  if (!kept || now - kept.at > FRESH_MS) {
    const reading = read();
    kept = { at: now, reading };
    reading.catch(() => {
      if (kept?.reading === reading) kept = null;
    });
  }
  return kept.reading;
}

/**
 * Drops the kept statistics, so the next search reads them again: for a process that has just
 * loaded many checks around the app and analyzed the table (a benchmark's seed), which would
 * otherwise search by the old statistics for up to a minute.
 */
export function forgetWordShares(): void {
  kept = null;
}
