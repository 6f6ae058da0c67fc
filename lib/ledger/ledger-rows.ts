import { z } from "zod";
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

// Each statement's one row: the JSON text, then each tuple, parsed rather than asserted.
const jsonRow = z.array(z.object({ rows: z.string() })).length(1);
const num = z.number().nullable();
const annotationTuples = z.array(
  z.tuple([z.string(), z.string(), z.enum(["FIGURE", "CLAIM", "DENIAL"]), z.number().int(), z.string(), z.string(), z.string(), num, num, z.string().nullable()]),
);
const factTuples = z.array(
  z.tuple([
    z.string(),
    z.enum(["FIGURE", "CLAIM"]),
    z.string(),
    z.string().nullable(),
    z.enum(["CONFIRMED", "DISMISSED"]),
    z.number().int(),
    z.unknown(),
    num,
    z.string().nullable(),
    z.array(z.tuple([z.string(), z.enum(["REPORTS", "DENIES"])])),
  ]),
);

/**
 * What a story's ledger is computed from: its live annotations in article and text order, and its
 * facts in the order they were made. Each arrives as one JSON text built by PostgreSQL: a story of
 * 5,000 figures through Prisma's row mapping took several times as long as the query itself, and
 * a ledger is computed anew after every change to its story.
 */
export async function readLedgerRows(storyId: string): Promise<{ annotations: LedgerAnnotationRow[]; facts: LedgerFactRow[] }> {
  const [annotationRows, factRows] = await Promise.all([
    db.$queryRaw<unknown[]>`
      SELECT coalesce(json_agg(json_build_array(a.id, a."articleId", a.kind, a.start, a.exact, a.prefix, a.suffix, a.value, a."valueMax", a.unit)
             ORDER BY a."articleId", a.start), '[]')::text AS rows
      FROM "Annotation" a JOIN "Article" ar ON ar.id = a."articleId"
      WHERE ar."storyId" = ${storyId} AND a."deletedAt" IS NULL AND NOT a.orphaned`,
    db.$queryRaw<unknown[]>`
      SELECT coalesce(json_agg(json_build_array(f.id, f.kind, f.label, f.unit, f.status, f.version, f.confirmed,
               extract(epoch FROM f."confirmedAt") * 1000, u.name,
               (SELECT coalesce(json_agg(json_build_array(e."annotationId", e.role)), '[]') FROM "FactEntry" e WHERE e."factId" = f.id))
             ORDER BY f."createdAt"), '[]')::text AS rows
      FROM "Fact" f LEFT JOIN "User" u ON u.id = f."confirmedById"
      WHERE f."storyId" = ${storyId}`,
  ]);
  const [annotations] = jsonRow.parse(annotationRows);
  const [facts] = jsonRow.parse(factRows);
  return {
    annotations: annotationTuples.parse(JSON.parse(annotations.rows)).map(([id, articleId, kind, start, exact, prefix, suffix, value, valueMax, unit]) => ({
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
    facts: factTuples.parse(JSON.parse(facts.rows)).map(([id, kind, label, unit, status, version, confirmed, confirmedAt, confirmer, entries]) => ({
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
