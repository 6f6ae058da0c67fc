import { z } from "zod";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { NotFoundError } from "../errors/domain-error";
import { assertCan } from "../policy/policy";
import { quoteContext } from "../review/quote-context";
import { checkText } from "../review/remember-check";
import { KINDS, type AnnotationKind } from "../vocabulary/names";
import { parseCheckRows, toCheckView, type CheckRow, type CheckView } from "./check-view";
import { candidateQuery } from "./candidate-terms";
import { CHECK_COLUMNS, CURRENT_CHECK } from "./current-check";
import { publicPlaces } from "./public-places";
import { termsOf } from "./query-terms";
import { claimSignature, MIN_MATCH_SCORE, scoreMatch } from "./score-match";

export const MAX_MATCHES = 10;
/** How many of the candidates the full-text index finds, best ranked first, the rerank reads. */
const RERANKED = 50;

export interface CheckMatch extends CheckView {
  /** 0–1: how likely it is the same claim (lib/claims/score-match.ts). */
  score: number;
}

export interface MatchQuery {
  text: string;
  kind: AnnotationKind;
  /** Checks of this story are left out: the desk knows its own story. */
  excludeStoryId?: string | null;
  limit?: number;
  minScore?: number;
  /** The text's lexemes, when the caller read them already (lexemesOf). */
  lexemes?: string[];
}

/** A candidate as the rerank needs it: what it says, and its trigram similarity to the statement. */
const candidateSchema = z.object({ id: z.string(), annotationId: z.string().nullable(), text: z.string(), reviewedAt: z.date(), trigram: z.number() });
export type Candidate = z.infer<typeof candidateSchema>;

/** The annotation being matched, with its quote's lexemes read in the same statement. */
const matchedAnnotationSchema = z.object({
  kind: z.enum(KINDS),
  exact: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  articleId: z.string(),
  storyId: z.string(),
  lexemes: z.array(z.string()),
});

/**
 * The candidates PostgreSQL finds for a statement: checks of the same kind, from other stories,
 * that hold its rarer words or two of its commoner ones (candidate-terms.ts; full-text search on
 * the GIN index), the RERANKED that hold most of its words, with their trigram similarity to it
 * (pg_trgm) for the rerank.
 */
export async function findCandidates(query: MatchQuery): Promise<Candidate[]> {
  const { terms, checks } = await termsOf(query.text, query.lexemes);
  const search = candidateQuery(terms, checks);
  if (!search) return [];
  const rows = await db.$queryRaw<unknown[]>`
    SELECT c.id, c."annotationId", c.text, c."reviewedAt", similarity(c.text, ${query.text})::float8 AS trigram
    FROM (SELECT c.id, c."annotationId", c.text, c."reviewedAt", ts_rank(c.search, ${search.rank}::tsquery) AS rank FROM "CheckedClaim" c
          WHERE c.search @@ ${search.match}::tsquery AND c.kind = ${query.kind}::"AnnotationKind" AND (${query.excludeStoryId ?? null}::text IS NULL OR c."storyId" IS DISTINCT FROM ${query.excludeStoryId ?? null})
          ORDER BY rank DESC LIMIT ${RERANKED}) c`;
  return rows.map((row) => candidateSchema.parse(row));
}

/** A candidate reranked: how likely it is the same claim (score-match.ts). */
export type Ranked = Candidate & { score: number };

/** A current check of the memory as a match: its row, its score, and where the public reads it. */
export type MatchRow = CheckRow & { score: number; publicUrl: string | null };

/**
 * The candidates for `text` reranked (score-match.ts), best first: those that pass the offer, twice
 * `limit` of them, since some may no longer be the desk's word when readMatches reads them.
 */
export async function rankCandidates(query: MatchQuery): Promise<Ranked[]> {
  if (!query.text.trim()) return [];
  const limit = query.limit ?? MAX_MATCHES;
  const signature = claimSignature(query.text);
  return (await findCandidates(query))
    .map((row) => ({ ...row, score: scoreMatch(signature, claimSignature(row.text), row.trigram).score }))
    .filter((row) => row.score >= (query.minScore ?? MIN_MATCH_SCORE))
    .sort((a, b) => b.score - a.score || b.reviewedAt.getTime() - a.reviewedAt.getTime())
    .slice(0, 2 * limit);
}

/**
 * Of each list of ranked candidates, the best `limit` still the desk's word (current-check.ts),
 * read in full with where the public reads them: one read of the memory and one of the public
 * pages for every list at once. Checking currency after the rerank reads a handful of revisions,
 * not a hundred.
 */
export async function readMatches(lists: readonly Ranked[][], limit: number): Promise<MatchRow[][]> {
  const ids = [...new Set(lists.flatMap((ranked) => ranked.map((r) => r.id)))];
  if (ids.length === 0) return lists.map(() => []);
  const annotationIds = [...new Set(lists.flatMap((ranked) => ranked.flatMap((r) => (r.annotationId ? [r.annotationId] : []))))];
  const [rows, places] = await Promise.all([
    db.$queryRaw<unknown[]>`SELECT ${CHECK_COLUMNS} FROM "CheckedClaim" c WHERE c.id = ANY(${ids}::text[]) AND ${CURRENT_CHECK}`.then(parseCheckRows),
    publicPlaces(annotationIds),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return lists.map((ranked) =>
    ranked
      .flatMap((r) => {
        const row = byId.get(r.id);
        return row ? [{ ...row, score: r.score, publicUrl: row.annotationId ? places.get(row.annotationId) ?? null : null }] : [];
      })
      .slice(0, limit),
  );
}

/** The earlier checks most likely to be the same claim as `text`, best first (at most `limit`), each with its score and, for the desk's, where the public reads it. */
export async function matchText(query: MatchQuery): Promise<MatchRow[]> {
  const [matches] = await readMatches([await rankCandidates(query)], query.limit ?? MAX_MATCHES);
  return matches;
}

/** A match as the panel and the API show it. */
export const toCheckMatch = (match: MatchRow): CheckMatch => ({ ...toCheckView(match, match.publicUrl), score: match.score });

/**
 * The closest earlier checks of the claim an annotation makes, from other stories than its own:
 * what the panel offers under "Checked before". Everyone on the desk may read the memory.
 */
export async function findMatches(viewer: SessionUser, annotationId: string): Promise<CheckMatch[]> {
  assertCan(viewer, "article.read");
  // The annotation and its quote's lexemes in one round trip.
  const [found] = await db.$queryRaw<unknown[]>`
    SELECT a.kind::text AS kind, a.exact, a.start, a."end", a."articleId", ar."storyId", tsvector_to_array(to_tsvector('english', a.exact)) AS lexemes
    FROM "Annotation" a JOIN "Article" ar ON ar.id = a."articleId" WHERE a.id = ${annotationId} AND a."deletedAt" IS NULL`;
  if (!found) throw new NotFoundError("That annotation");
  const annotation = matchedAnnotationSchema.parse(found);
  // A denial is matched by its sentence: only then is the article's text needed.
  const denial = annotation.kind === "DENIAL";
  const context = denial
    ? quoteContext((await db.article.findUniqueOrThrow({ where: { id: annotation.articleId }, select: { text: true } })).text, annotation)
    : { before: "", after: "" };
  const text = checkText({ kind: annotation.kind, quote: annotation.exact, context });
  const matches = await matchText({ text, kind: annotation.kind, excludeStoryId: annotation.storyId, lexemes: denial ? undefined : annotation.lexemes });
  return matches.map(toCheckMatch);
}
