import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { NotFoundError } from "../errors/domain-error";
import { synonymsOf } from "../language/claim-synonyms";
import { assertCan } from "../policy/policy";
import { quoteContext } from "../review/quote-context";
import { checkText } from "../review/remember-check";
import type { AnnotationKind } from "../vocabulary/names";
import { toCheckView, type CheckRow, type CheckView } from "./check-view";
import { CHECK_COLUMNS, CURRENT_CHECK } from "./current-check";
import { publicPlaces } from "./public-places";
import { claimSignature, MIN_MATCH_SCORE, scoreMatch } from "./score-match";

export const MAX_MATCHES = 10;
/** How many candidates each index hands the rerank: the full-text index, then the trigram index. */
const WORD_CANDIDATES = 80;
const TRIGRAM_CANDIDATES = 20;
/** Trigram similarity a near copy has (the same sentence, a word or two changed); the word index finds the rest. */
const TRIGRAM_THRESHOLD = 0.45;

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

type CandidateRow = CheckRow & { trigram: number };

/**
 * The candidates PostgreSQL's indexes find for a statement: the checks of the same kind, from
 * other stories, that share any of its words or their synonyms (full-text search, GIN, ranked
 * by cover density), and the near copies by trigram similarity (pg_trgm, GIN); each still the
 * desk's word (current-check.ts). The words are PostgreSQL's own English lexemes, joined with OR:
 * a retelling shares some words, rarely all.
 */
export async function findCandidates(query: MatchQuery): Promise<CandidateRow[]> {
  const words = [query.text, ...synonymsOf(query.text)].join(" ");
  const story = query.excludeStoryId ?? null;
  const [, rows] = await db.$transaction([
    db.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(TRIGRAM_THRESHOLD)}, true)`,
    db.$queryRaw<CandidateRow[]>`
      WITH q AS (SELECT replace(plainto_tsquery('english', ${words})::text, ' & ', ' | ')::tsquery AS query),
      by_words AS (
        SELECT c.id FROM "CheckedClaim" c, q
        WHERE c.search @@ q.query AND c.kind = ${query.kind}::"AnnotationKind" AND c."storyId" IS DISTINCT FROM ${story}
        ORDER BY ts_rank_cd(c.search, q.query) DESC LIMIT ${WORD_CANDIDATES}
      ),
      by_letters AS (
        SELECT c.id FROM "CheckedClaim" c
        WHERE c.text % ${query.text} AND c.kind = ${query.kind}::"AnnotationKind" AND c."storyId" IS DISTINCT FROM ${story}
        ORDER BY similarity(c.text, ${query.text}) DESC LIMIT ${TRIGRAM_CANDIDATES}
      )
      SELECT ${CHECK_COLUMNS}, similarity(c.text, ${query.text})::float8 AS trigram
      FROM "CheckedClaim" c
      WHERE c.id IN (SELECT id FROM by_words UNION SELECT id FROM by_letters) AND ${CURRENT_CHECK}`,
  ]);
  return rows;
}

/** The earlier checks most likely to be the same claim as `text`, best first (at most `limit`), each with its score. */
export async function matchText(query: MatchQuery): Promise<(CandidateRow & { score: number })[]> {
  if (!query.text.trim()) return [];
  const signature = claimSignature(query.text);
  const candidates = await findCandidates(query);
  return candidates
    .map((row) => ({ ...row, score: scoreMatch(signature, claimSignature(row.text), row.trigram).score }))
    .filter((row) => row.score >= (query.minScore ?? MIN_MATCH_SCORE))
    .sort((a, b) => b.score - a.score || b.reviewedAt.getTime() - a.reviewedAt.getTime())
    .slice(0, query.limit ?? MAX_MATCHES);
}

/**
 * The closest earlier checks of the claim an annotation makes, from other stories than its own:
 * what the panel offers under "Checked before". Everyone on the desk may read the memory.
 */
export async function findMatches(viewer: SessionUser, annotationId: string): Promise<CheckMatch[]> {
  assertCan(viewer, "article.read");
  const annotation = await db.annotation.findUnique({
    where: { id: annotationId },
    select: { kind: true, exact: true, start: true, end: true, deletedAt: true, article: { select: { storyId: true, text: true } } },
  });
  if (!annotation || annotation.deletedAt) throw new NotFoundError("That annotation");
  const text = checkText({ kind: annotation.kind, quote: annotation.exact, context: quoteContext(annotation.article.text, annotation) });
  const matches = await matchText({ text, kind: annotation.kind, excludeStoryId: annotation.article.storyId });
  const places = await publicPlaces(matches.flatMap((m) => (m.annotationId ? [m.annotationId] : [])));
  return matches.map((m) => ({ ...toCheckView(m, m.annotationId ? places.get(m.annotationId) ?? null : null), score: m.score }));
}
