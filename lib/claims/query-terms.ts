import { z } from "zod";
import { db } from "../db/client";
import { SYNONYM_WORDS, synonymsOf } from "../language/claim-synonyms";
import type { Term } from "./candidate-terms";
import { wordShares } from "./word-shares";

const lexemesRow = z.object({ lexemes: z.array(z.string()) });
const synonymRow = lexemesRow.extend({ word: z.string() });

let synonymLexemes: Promise<Map<string, string[]>> | null = null;

/** The lexemes of every synonym (claim-synonyms.ts), read from PostgreSQL once per process: the list never changes. */
function lexemesOfSynonyms(): Promise<Map<string, string[]>> {
  synonymLexemes ??= db.$queryRaw<unknown[]>`
      SELECT w AS word, tsvector_to_array(to_tsvector('english', w)) AS lexemes FROM unnest(${[...SYNONYM_WORDS]}::text[]) w`
    .then((rows) => new Map(rows.map((raw) => synonymRow.parse(raw)).map((row) => [row.word, row.lexemes])))
    .catch((error) => {
      synonymLexemes = null;
      throw error;
    });
  return synonymLexemes;
}

/** A statement's lexemes as PostgreSQL's English search reads them: one round trip, unless the caller read them with its own query. */
export async function lexemesOf(text: string): Promise<string[]> {
  const [row] = await db.$queryRaw<unknown[]>`SELECT tsvector_to_array(to_tsvector('english', ${text})) AS lexemes`;
  return lexemesRow.parse(row).lexemes;
}

/** The lexemes of each of several statements, in their order, in one round trip (a batch of them is matched at once). */
export async function lexemesOfEach(texts: readonly string[]): Promise<string[][]> {
  if (texts.length === 0) return [];
  const rows = await db.$queryRaw<unknown[]>`
    SELECT tsvector_to_array(to_tsvector('english', t)) AS lexemes FROM unnest(${[...texts]}::text[]) WITH ORDINALITY u(t, n) ORDER BY n`;
  return rows.map((row) => lexemesRow.parse(row).lexemes);
}

/**
 * What to search a statement by: its lexemes and its synonyms' (claim-synonyms.ts), each with the
 * share of checks that hold it (word-shares.ts); a lexeme rarer than the statistics' commonest
 * thousand counts as half the rarest of them.
 */
export async function termsOf(text: string, lexemes?: string[]): Promise<{ terms: Term[]; checks: number }> {
  const [own, synonyms, stats] = await Promise.all([lexemes ?? lexemesOf(text), lexemesOfSynonyms(), wordShares()]);
  const all = new Set(own);
  for (const word of synonymsOf(text)) for (const lexeme of synonyms.get(word) ?? []) all.add(lexeme);
  return { terms: [...all].map((lexeme) => ({ lexeme, share: stats.shares.get(lexeme) ?? stats.rarest / 2 })), checks: stats.checks };
}
