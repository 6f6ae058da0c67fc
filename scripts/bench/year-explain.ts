/**
 * The statements behind each page of `npm run bench:year`, as its server sent them (captured by
 * scripts/lib/capture-sql.mjs), replayed with EXPLAIN on the year's database: a sequential scan of
 * a large table in any of them is a page that reads more the longer the desk works, and fails
 * the benchmark.
 */
import { closeSync, openSync, readSync, statSync } from "node:fs";
import pg from "pg";

/** A table is large from this many rows: it grows with the desk's year (at scale 1 the smallest is the articles, 20,000). */
export const LARGE_TABLE_ROWS = 10_000;

export interface Statement {
  text: string;
  values: unknown[];
}

export interface ScanFinding {
  statement: string;
  tables: string[];
}

/** The statements appended to `file` since byte `from`, and where the file ends now. */
export function readCaptured(file: string, from: number): { statements: Statement[]; end: number } {
  const end = statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  if (end <= from) return { statements: [], end };
  const buffer = Buffer.alloc(end - from);
  const fd = openSync(file, "r");
  try {
    readSync(fd, buffer, 0, buffer.length, from);
  } finally {
    closeSync(fd);
  }
  const statements = buffer
    .toString("utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Statement);
  return { statements, end };
}

/** What a page asks of the database: its reads, once each, without the job queue's, the session's bookkeeping or the catalogue's. */
export function pageReads(statements: Statement[]): Statement[] {
  const seen = new Map<string, Statement>();
  for (const statement of statements) {
    const text = statement.text.trim();
    if (!/^(SELECT|WITH)\b/i.test(text) || /graphile_worker|pg_catalog|pg_advisory|\bpg_[a-z_]+\(/i.test(text) || /^SELECT\s+1\b/i.test(text)) continue;
    if (!seen.has(text)) seen.set(text, statement);
  }
  return [...seen.values()];
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  Plans?: PlanNode[];
}

function seqScans(node: PlanNode, large: Set<string>, found: string[]) {
  if (node["Node Type"] === "Seq Scan" && node["Relation Name"] && large.has(node["Relation Name"])) found.push(node["Relation Name"]);
  for (const child of node.Plans ?? []) seqScans(child, large, found);
  return found;
}

/** The tables of the public schema with at least LARGE_TABLE_ROWS rows, by the planner's own count. */
export async function largeTables(client: pg.Client): Promise<Map<string, number>> {
  const { rows } = await client.query<{ name: string; rows: number }>(
    `SELECT c.relname AS name, c.reltuples::bigint::int AS rows FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.reltuples >= $1`,
    [LARGE_TABLE_ROWS],
  );
  return new Map(rows.map((row) => [row.name, row.rows]));
}

/** EXPLAINs each statement on the database at `url`; returns those whose plan scans a large table whole. */
export async function findSequentialScans(url: string, statements: Statement[]): Promise<ScanFinding[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const large = new Set((await largeTables(client)).keys());
    const findings: ScanFinding[] = [];
    for (const { text, values } of statements) {
      const { rows } = await client.query<{ "QUERY PLAN": { Plan: PlanNode }[] }>(`EXPLAIN (FORMAT JSON) ${text}`, values);
      const tables = seqScans(rows[0]["QUERY PLAN"][0].Plan, large, []);
      if (tables.length) findings.push({ statement: text, tables: [...new Set(tables)] });
    }
    return findings;
  } finally {
    await client.end();
  }
}
