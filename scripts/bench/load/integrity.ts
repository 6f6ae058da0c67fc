import { db } from "../../../lib/db/client";
import { ACTIONS, isFeedAction, type ActivityAction } from "../../../lib/vocabulary/actions";
import type { Ledger } from "./desk-people";

export interface IntegrityFindings {
  /** Acknowledged annotations, comments and sources missing from the database. */
  lost: number;
  /** Rows the writers were never told about (a write that failed yet stored), or stored twice. */
  unexpected: number;
  /** Annotations whose version or note differ from the last acknowledged write. */
  wrongState: number;
  /** Articles whose feed has a gap or a repeated number. */
  feedGaps: number;
  /** Audit records without their feed entry or the other way round, and annotations whose audit trail does not count their writes. */
  auditMismatches: number;
  details: string[];
}

/**
 * Checks the database against what the writers were told: every acknowledged write there exactly
 * once and nothing else, each annotation as its last write left it, every feed numbered without
 * gaps, and the audit trail matching the feed and the writes.
 */
export async function checkIntegrity(ledger: Ledger, writerIds: string[], articleIds: string[]): Promise<IntegrityFindings> {
  const findings: IntegrityFindings = { lost: 0, unexpected: 0, wrongState: 0, feedGaps: 0, auditMismatches: 0, details: [] };
  const note = (field: keyof Omit<IntegrityFindings, "details">, detail: string) => {
    findings[field] += 1;
    if (findings.details.length < 20) findings.details.push(detail);
  };

  const annotations = await db.annotation.findMany({ where: { authorId: { in: writerIds } }, select: { id: true, version: true, note: true } });
  const stored = new Map(annotations.map((a) => [a.id, a]));
  for (const [id, expected] of ledger.annotations) {
    const row = stored.get(id);
    if (!row) note("lost", `annotation ${id} was acknowledged but is not stored`);
    else if (row.version !== expected.version || (expected.note !== null && row.note !== expected.note)) note("wrongState", `annotation ${id}: version ${row.version}, expected ${expected.version}`);
  }
  for (const id of stored.keys()) if (!ledger.annotations.has(id)) note("unexpected", `annotation ${id} is stored but was never acknowledged`);

  const comments = await db.comment.findMany({ where: { authorId: { in: writerIds } }, select: { id: true } });
  for (const id of ledger.comments) if (!comments.some((c) => c.id === id)) note("lost", `comment ${id} was acknowledged but is not stored`);
  for (const { id } of comments) if (!ledger.comments.has(id)) note("unexpected", `comment ${id} is stored but was never acknowledged`);
  const sources = await db.source.findMany({ where: { createdById: { in: writerIds } }, select: { id: true } });
  for (const id of ledger.sources) if (!sources.some((s) => s.id === id)) note("lost", `source ${id} was acknowledged but is not stored`);
  for (const { id } of sources) if (!ledger.sources.has(id)) note("unexpected", `source ${id} is stored but was never acknowledged`);

  // Every feed numbered 1..eventSeq, once each.
  const feeds = await db.$queryRaw<{ articleId: string; eventSeq: number; entries: bigint; distinctSeqs: bigint; lowest: number | null; highest: number | null }[]>`
    SELECT a.id AS "articleId", a."eventSeq", count(e.seq) AS entries, count(DISTINCT e.seq) AS "distinctSeqs", min(e.seq) AS lowest, max(e.seq) AS highest
    FROM "Article" a LEFT JOIN "ArticleEvent" e ON e."articleId" = a.id
    WHERE a.id = ANY(${articleIds}) GROUP BY a.id`;
  for (const feed of feeds) {
    const entries = Number(feed.entries);
    const whole = entries === feed.eventSeq && Number(feed.distinctSeqs) === entries && (entries === 0 || (feed.lowest === 1 && feed.highest === feed.eventSeq));
    if (!whole) note("feedGaps", `article ${feed.articleId}: ${entries} entries for feed number ${feed.eventSeq}`);
  }

  // The feed and the audit trail tell the same story: each feed entry has its audit record (same action, same subject).
  const feedActions = (Object.keys(ACTIONS) as ActivityAction[]).filter(isFeedAction);
  const unmatched = await db.$queryRaw<{ articleId: string; type: string; entityId: string; feed: bigint; audit: bigint }[]>`
    WITH feed AS (SELECT "articleId", type, "entityId", count(*) AS n FROM "ArticleEvent" WHERE "articleId" = ANY(${articleIds}) GROUP BY 1, 2, 3),
         audit AS (SELECT "articleId", action AS type, "entityId", count(*) AS n FROM "Activity" WHERE "articleId" = ANY(${articleIds}) AND action = ANY(${feedActions}) GROUP BY 1, 2, 3)
    SELECT coalesce(feed."articleId", audit."articleId") AS "articleId", coalesce(feed.type, audit.type) AS type, coalesce(feed."entityId", audit."entityId") AS "entityId",
           coalesce(feed.n, 0) AS feed, coalesce(audit.n, 0) AS audit
    FROM feed FULL JOIN audit USING ("articleId", type, "entityId")
    WHERE coalesce(feed.n, 0) <> coalesce(audit.n, 0)`;
  for (const row of unmatched) note("auditMismatches", `${row.type} ${row.entityId}: ${row.feed} feed entries, ${row.audit} audit records`);

  // Each annotation's audit trail counts exactly the writes it was told of (archiving, done by the server itself, aside).
  const trails = await db.$queryRaw<{ annotationId: string; records: bigint }[]>`
    SELECT "annotationId", count(*) AS records FROM "Activity"
    WHERE "annotationId" = ANY(${[...ledger.annotations.keys()]}) AND action NOT IN ('source.archived', 'source.checked')
    GROUP BY 1`;
  const records = new Map(trails.map((t) => [t.annotationId, Number(t.records)]));
  for (const [id, expected] of ledger.annotations) {
    if ((records.get(id) ?? 0) !== expected.writes) note("auditMismatches", `annotation ${id}: ${records.get(id) ?? 0} audit records for ${expected.writes} acknowledged writes`);
  }
  // The last edit's audit record holds the note the annotation has.
  const lastEdits = await db.$queryRaw<{ annotationId: string; note: string | null }[]>`
    SELECT DISTINCT ON ("annotationId") "annotationId", after->>'note' AS note FROM "Activity"
    WHERE "annotationId" = ANY(${[...ledger.annotations.keys()]}) AND action = 'annotation.updated'
    ORDER BY "annotationId", "createdAt" DESC, id DESC`;
  for (const edit of lastEdits) {
    const expected = ledger.annotations.get(edit.annotationId)!;
    if (expected.note !== null && edit.note !== expected.note) note("auditMismatches", `annotation ${edit.annotationId}: its last edit's audit record says a different note`);
  }
  return findings;
}
