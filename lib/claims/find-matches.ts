import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { NotFoundError } from "../errors/domain-error";
import { synonymsOf } from "../language/claim-synonyms";
import { assertCan } from "../policy/policy";
import { quoteContext } from "../review/quote-context";
import { checkText } from "../review/remember-check";
import type { AnnotationKind } from "../vocabulary/names";
import { toCheckView, type CheckRow, type CheckView } from "./check-view";
import { candidateQuery, type Term } from "./candidate-terms";
import { CHECK_COLUMNS, CURRENT_CHECK } from "./current-check";
import { publicPlaces } from "./public-places";
import { wordShares } from "./word-shares";
import { claimSignature, MIN_MATCH_SCORE, scoreMatch } from "./score-match";

export const MAX_MATCHES = 10;
/** How many of the candidates the full-text index finds, best ranked first, the rerank reads. */
const RERANKED = 100;

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
}

/**
 * The statement's lexemes as PostgreSQL's English search reads them (its words and their
 * synonyms), each with the share of checks that hold it (word-shares.ts): a lexeme rarer than
 * the statistics' commonest thousand counts as half the rarest of them.
 */
async function termsOf(words: string): Promise<{ terms: Term[]; checks: number }> {
  const [[row], stats] = await Promise.all([
    db.$queryRaw<{ lexemes: string[] }[]>`SELECT tsvector_to_array(to_tsvector('english', ${words})) AS lexemes`,
    wordShares(),
  ]);
  return { terms: row.lexemes.map((lexeme) => ({ lexeme, share: stats.shares.get(lexeme) ?? stats.rarest / 2 })), checks: stats.checks };
}

/** A candidate as the rerank needs it: what it says, and its trigram similarity to the statement. */
export interface Candidate {
  id: string;
  text: string;
  reviewedAt: Date;
  trigram: number;
}

/**
 * The candidates PostgreSQL finds for a statement: checks of the same kind, from other stories,
 * that hold its rarer words or two of its commoner ones (candidate-terms.ts; full-text search on
 * the GIN index), the RERANKED that hold most of its words, with their trigram similarity to it
 * (pg_trgm) for the rerank.
 */
export async function findCandidates(query: MatchQuery): Promise<Candidate[]> {
  const { terms, checks } = await termsOf([query.text, ...synonymsOf(query.text)].join(" "));
  const search = candidateQuery(terms, checks);
  if (!search) return [];
  return db.$queryRaw<Candidate[]>`
    SELECT c.id, c.text, c."reviewedAt", similarity(c.text, ${query.text})::float8 AS trigram
    FROM (SELECT c.id, c.text, c."reviewedAt", ts_rank(c.search, ${search.rank}::tsquery) AS rank FROM "CheckedClaim" c
          WHERE c.search @@ ${search.match}::tsquery AND c.kind = ${query.kind}::"AnnotationKind" AND (${query.excludeStoryId ?? null}::text IS NULL OR c."storyId" IS DISTINCT FROM ${query.excludeStoryId ?? null})
          ORDER BY rank DESC LIMIT ${RERANKED}) c`;
}

/**
 * The earlier checks most likely to be the same claim as `text`, best first (at most `limit`),
 * each with its score: the candidates reranked (score-match.ts), and of the best of them those
 * still the desk's word (current-check.ts) read in full. Checking currency after the rerank reads
 * a handful of revisions, not a hundred.
 */
export async function matchText(query: MatchQuery): Promise<(CheckRow & { score: number })[]> {
  if (!query.text.trim()) return [];
  const limit = query.limit ?? MAX_MATCHES;
  const signature = claimSignature(query.text);
  const ranked = (await findCandidates(query))
    .map((row) => ({ ...row, score: scoreMatch(signature, claimSignature(row.text), row.trigram).score }))
    .filter((row) => row.score >= (query.minScore ?? MIN_MATCH_SCORE))
    .sort((a, b) => b.score - a.score || b.reviewedAt.getTime() - a.reviewedAt.getTime())
    .slice(0, 2 * limit);
  if (ranked.length === 0) return [];
  const rows = await db.$queryRaw<CheckRow[]>`
    SELECT ${CHECK_COLUMNS} FROM "CheckedClaim" c WHERE c.id = ANY(${ranked.map((r) => r.id)}::text[]) AND ${CURRENT_CHECK}`;
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ranked.flatMap((r) => (byId.has(r.id) ? [{ ...byId.get(r.id)!, score: r.score }] : [])).slice(0, limit);
}

/**
 * The closest earlier checks of the claim an annotation makes, from other stories than its own:
 * what the panel offers under "Checked before". Everyone on the desk may read the memory.
 */
export async function findMatches(viewer: SessionUser, annotationId: string): Promise<CheckMatch[]> {
  assertCan(viewer, "article.read");
  const annotation = await db.annotation.findUnique({
    where: { id: annotationId },
    select: { kind: true, exact: true, start: true, end: true, deletedAt: true, articleId: true, article: { select: { storyId: true } } },
  });
  if (!annotation || annotation.deletedAt) throw new NotFoundError("That annotation");
  // A denial is matched by its sentence: only then is the article's text needed.
  const context =
    annotation.kind === "DENIAL"
      ? quoteContext((await db.article.findUniqueOrThrow({ where: { id: annotation.articleId }, select: { text: true } })).text, annotation)
      : { before: "", after: "" };
  const text = checkText({ kind: annotation.kind, quote: annotation.exact, context });
  const matches = await matchText({ text, kind: annotation.kind, excludeStoryId: annotation.article.storyId });
  const places = await publicPlaces(matches.flatMap((m) => (m.annotationId ? [m.annotationId] : [])));
  return matches.map((m) => ({ ...toCheckView(m, m.annotationId ? places.get(m.annotationId) ?? null : null), score: m.score }));
}
