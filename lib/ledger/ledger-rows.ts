import { db } from "../db/client";

/** A live annotation of the story, as a ledger reads it. */
export interface LedgerAnnotationRow {
  id: string;
  articleId: string;
  kind: "FIGURE" | "CLAIM" | "DENIAL";
  start: number;
  exact: string;
  prefix: string;
  suffix: string;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
}

/** A fact the desk kept or dismissed, with its entries. */
export interface LedgerFactRow {
  id: string;
  kind: "FIGURE" | "CLAIM";
  label: string;
  unit: string | null;
  status: "CONFIRMED" | "DISMISSED";
  version: number;
  confirmed: unknown;
  confirmedAt: Date | null;
  confirmedBy: { name: string } | null;
  entries: { annotationId: string; role: "REPORTS" | "DENIES" }[];
}

type AnnotationTuple = [string, string, LedgerAnnotationRow["kind"], number, string, string, string, number | null, number | null, string | null];
type FactTuple = [string, LedgerFactRow["kind"], string, string | null, LedgerFactRow["status"], number, unknown, number | null, string | null, [string, "REPORTS" | "DENIES"][]];

/**
 * What a story's ledger is computed from: its live annotations in article and text order, and its
 * facts in the order they were made. Each arrives as one JSON text built by PostgreSQL: a story of
 * 5,000 figures through Prisma's row mapping took several times as long as the query itself, and
 * a ledger is computed anew after every change to its story.
 */
export async function readLedgerRows(storyId: string): Promise<{ annotations: LedgerAnnotationRow[]; facts: LedgerFactRow[] }> {
  const [[annotations], [facts]] = await Promise.all([
    db.$queryRaw<{ rows: string }[]>`
      SELECT coalesce(json_agg(json_build_array(a.id, a."articleId", a.kind, a.start, a.exact, a.prefix, a.suffix, a.value, a."valueMax", a.unit)
             ORDER BY a."articleId", a.start), '[]')::text AS rows
      FROM "Annotation" a JOIN "Article" ar ON ar.id = a."articleId"
      WHERE ar."storyId" = ${storyId} AND a."deletedAt" IS NULL AND NOT a.orphaned`,
    db.$queryRaw<{ rows: string }[]>`
      SELECT coalesce(json_agg(json_build_array(f.id, f.kind, f.label, f.unit, f.status, f.version, f.confirmed,
               extract(epoch FROM f."confirmedAt") * 1000, u.name,
               (SELECT coalesce(json_agg(json_build_array(e."annotationId", e.role)), '[]') FROM "FactEntry" e WHERE e."factId" = f.id))
             ORDER BY f."createdAt"), '[]')::text AS rows
      FROM "Fact" f LEFT JOIN "User" u ON u.id = f."confirmedById"
      WHERE f."storyId" = ${storyId}`,
  ]);
  return {
    annotations: (JSON.parse(annotations.rows) as AnnotationTuple[]).map(([id, articleId, kind, start, exact, prefix, suffix, value, valueMax, unit]) => ({
      id,
      articleId,
      kind,
      start,
      exact,
      prefix,
      suffix,
      value,
      valueMax,
      unit,
    })),
    facts: (JSON.parse(facts.rows) as FactTuple[]).map(([id, kind, label, unit, status, version, confirmed, confirmedAt, confirmer, entries]) => ({
      id,
      kind,
      label,
      unit,
      status,
      version,
      confirmed,
      confirmedAt: confirmedAt === null ? null : new Date(confirmedAt),
      confirmedBy: confirmer === null ? null : { name: confirmer },
      entries: entries.map(([annotationId, role]) => ({ annotationId, role })),
    })),
  };
}
