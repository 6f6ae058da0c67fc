/**
 * `npm run bench:memory`: how well the desk's memory of checks (lib/claims) finds an earlier
 * check of the same claim, and how fast it answers with 100,000 checks in it.
 *
 * Quality: the paraphrase set (scripts/bench/memory-set.ts) stands in the memory as approved
 * checks; each query is matched as the panel matches an annotation (lib/claims/find-matches.ts,
 * its threshold included: a check not offered is a miss), beside a BM25 baseline on the same
 * checks' words (scripts/bench/bm25.ts, top 5). Prints MAP@5, recall@5
 * and the share of queries with a right check in the top 5, for each half of the queries
 * and all, then again with 100,000 other checks in the memory; and how often a statement no
 * check holds is offered something. Speed: with 100,000 checks seeded set-based
 * (scripts/bench/memory-seed.ts), the p50 and p95 of `GET /api/annotations/:id/matches`' work
 * (findMatches) and of `GET /api/claims` searches (words, filters, pages), one at a time.
 * `-- --misses` lists the queries whose right check is not first.
 */
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { SessionUser } from "../../lib/auth/session";
import { findMatches, matchText } from "../../lib/claims/find-matches";
import { searchClaims } from "../../lib/claims/search-claims";
import { forgetWordShares } from "../../lib/claims/word-shares";
import { closeDb, db } from "../../lib/db/client";
import { migrateDeploy } from "../../lib/db/migrate";
import { claimSearchQuerySchema } from "../../lib/validation/claim-schemas";
import { prepareData } from "../lib/bootstrap/prepare-data";
import { exitWhenDone, root, stats } from "../lib/run";
import { createThrowawayDatabase } from "../lib/throwaway-database";
import { buildBm25 } from "./bm25";
import { seedChecks, seedMemory } from "./memory-seed";
import { GROUPS, ITEMS, UNCHECKED } from "./memory-set";

const CHECKS = 100_000;
const SPEED_RUNS = 300;

interface Query {
  text: string;
  relevant: Set<string>;
  split: "first" | "second";
  what: string;
}

/** The set as checks (key, words) and queries (words, the keys of the checks that are the same claim). */
function buildSet(): { checks: { key: string; text: string }[]; queries: Query[] } {
  const gold = (JSON.parse(readFileSync(path.join(root, "prisma", "seed-data", "gold.json"), "utf8")).spans as { kind: string; quote: string; file: string }[]).filter((s) => s.kind === "claim");
  const checks = gold.map((span, i) => ({ key: `corpus-${i}`, text: span.quote }));
  const queries: Omit<Query, "split">[] = [];
  for (const group of GROUPS) {
    const relevant = new Set(checks.filter((c) => group.quotes.some((quote) => c.text.startsWith(quote) || c.text.includes(quote))).map((c) => c.key));
    if (relevant.size === 0) throw new Error(`No corpus claim for "${group.quotes[0]}"`);
    queries.push({ text: group.query, relevant, what: "corpus" });
  }
  for (const item of ITEMS) {
    checks.push({ key: item.id, text: item.check });
    queries.push({ text: item.query, relevant: new Set([item.id]), what: item.denial ? "claim with its denial in the memory" : item.otherNumber ? "claim with another number in the memory" : "claim" });
    if (item.denial) {
      checks.push({ key: `${item.id}:denial`, text: item.denial });
      if (item.denialQuery) queries.push({ text: item.denialQuery, relevant: new Set([`${item.id}:denial`]), what: "denial" });
    }
    if (item.otherNumber) {
      checks.push({ key: `${item.id}:number`, text: item.otherNumber });
      if (item.otherNumberQuery) queries.push({ text: item.otherNumberQuery, relevant: new Set([`${item.id}:number`]), what: "other number" });
    }
  }
  return { checks, queries: queries.map((q, i) => ({ ...q, split: i % 2 === 0 ? "first" : "second" })) };
}

/** AP@5 and recall@5 of one ranked list. */
function scoreList(ranked: string[], relevant: Set<string>) {
  const top = ranked.slice(0, 5);
  let hits = 0;
  let precisionSum = 0;
  top.forEach((key, i) => {
    if (relevant.has(key)) {
      hits += 1;
      precisionSum += hits / (i + 1);
    }
  });
  return { ap: precisionSum / Math.min(relevant.size, 5), recall: hits / relevant.size, hit: hits > 0 ? 1 : 0, first: top[0] !== undefined && relevant.has(top[0]) };
}

/** The statement's lexemes, as the memory's search column reads words. */
async function lexemes(client: pg.Client, text: string): Promise<string[]> {
  const { rows } = await client.query<{ lexemes: string[] }>(`SELECT tsvector_to_array(to_tsvector('english', $1)) AS lexemes`, [text]);
  return rows[0].lexemes;
}

async function quality(client: pg.Client, label: string, queries: Query[], keyOf: Map<string, string>) {
  const bm25 = await buildBm25(client);
  const per: { query: Query; ours: ReturnType<typeof scoreList>; theirs: ReturnType<typeof scoreList>; found: string[] }[] = [];
  for (const query of queries) {
    const found = (await matchText({ text: query.text, kind: "CLAIM", limit: 5 })).map((m) => keyOf.get(m.id) ?? m.id);
    const plain = bm25.rank(await lexemes(client, query.text), 5).map((id) => keyOf.get(id) ?? id);
    per.push({ query, ours: scoreList(found, query.relevant), theirs: scoreList(plain, query.relevant), found });
  }
  const mean = (rows: typeof per, pick: (r: (typeof per)[number]) => number) => (rows.length ? rows.reduce((sum, r) => sum + pick(r), 0) / rows.length : 0);
  console.log(`\n${label}`);
  console.log("                      queries   MAP@5  recall@5  right in top 5 | BM25 MAP@5  recall@5  right in top 5");
  for (const [name, rows] of [["first half", per.filter((r) => r.query.split === "first")], ["second half", per.filter((r) => r.query.split === "second")], ["all", per]] as const) {
    console.log(
      `  ${name.padEnd(18)} ${String(rows.length).padStart(8)}   ${mean(rows, (r) => r.ours.ap).toFixed(3)}   ${mean(rows, (r) => r.ours.recall).toFixed(3)}     ${mean(rows, (r) => r.ours.hit).toFixed(3)}       |      ${mean(rows, (r) => r.theirs.ap).toFixed(3)}     ${mean(rows, (r) => r.theirs.recall).toFixed(3)}       ${mean(rows, (r) => r.theirs.hit).toFixed(3)}`,
    );
  }
  for (const what of [...new Set(per.map((r) => r.query.what))]) {
    const rows = per.filter((r) => r.query.what === what);
    console.log(`    ${what.padEnd(40)} ${String(rows.length).padStart(3)} queries: MAP@5 ${mean(rows, (r) => r.ours.ap).toFixed(3)} (BM25 ${mean(rows, (r) => r.theirs.ap).toFixed(3)})`);
  }
  if (process.argv.includes("--misses")) {
    for (const r of per.filter((row) => !row.ours.first)) console.log(`    miss: "${r.query.text}" → ${r.found.slice(0, 3).join(", ") || "nothing"} (wanted ${[...r.query.relevant].join(", ")})`);
  }
}

async function offeredForUnchecked() {
  let offered = 0;
  for (const text of UNCHECKED) if ((await matchText({ text, kind: "CLAIM" })).length > 0) offered += 1;
  console.log(`  statements no check holds that were offered a check anyway: ${offered} of ${UNCHECKED.length}`);
}

async function speed(client: pg.Client) {
  const viewer: SessionUser = { id: "bench", email: "bench@example.com", name: "Bench", role: "ANNOTATOR" };
  const { rows } = await client.query<{ id: string }>(`SELECT a.id FROM "Annotation" a WHERE a.id LIKE 'bench-ann-%' ORDER BY md5(a.id) LIMIT $1`, [SPEED_RUNS + 20]);
  const matchTimes: number[] = [];
  for (const [i, row] of rows.entries()) {
    const started = performance.now();
    await findMatches(viewer, row.id);
    if (i >= 20) matchTimes.push(performance.now() - started);
  }
  const { rows: people } = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = 'editor@example.com'`);
  const searches = [
    { q: "hospital beds" },
    { q: "police officers in Bavaria" },
    { q: "Mazan" },
    { q: "vaccinated refugees", rating: "FALSE" },
    { q: "central bank euros 2021", kind: "CLAIM" },
    {},
    { rating: "MOSTLY_TRUE", kind: "CLAIM" },
    { story: "bench-story-77" },
    { person: people[0].id, from: "2024-01-01" },
    { q: "tonnes of cocaine", page: "3" },
    { page: "40" },
    { q: "Felzn" },
  ];
  const searchTimes: number[] = [];
  for (let i = 0; i < SPEED_RUNS + searches.length; i += 1) {
    const query = claimSearchQuerySchema.parse(searches[i % searches.length]);
    const started = performance.now();
    await searchClaims(viewer, query);
    if (i >= searches.length) searchTimes.push(performance.now() - started);
  }
  // What the machine gives any statement now: the same pool's bare round trip.
  const roundTrips: number[] = [];
  for (let i = 0; i < SPEED_RUNS; i += 1) {
    const started = performance.now();
    await db.$queryRaw`SELECT 1`;
    roundTrips.push(performance.now() - started);
  }
  const show = (values: number[]) => {
    const s = stats(values);
    return `p50 ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms`;
  };
  console.log(`\nSpeed with ${CHECKS.toLocaleString("en")} checks (one request at a time; load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")})`);
  console.log(`  matches (findMatches, ${matchTimes.length} annotations): ${show(matchTimes)}   target p95 < 50 ms`);
  console.log(`  search  (searchClaims, ${searchTimes.length} searches):   ${show(searchTimes)}   target p95 < 100 ms`);
  console.log(`  for scale, a bare SELECT 1 through the same pool:   ${show(roundTrips)}`);
}

async function main() {
  const database = await createThrowawayDatabase(process.env.DATABASE_URL);
  const client = new pg.Client({ connectionString: database.url });
  try {
    await migrateDeploy(database.url, root);
    process.env.DATABASE_URL = database.url;
    await prepareData({ embedded: false, env: { SEED_DEMO: "true" } });
    await client.connect();
    console.log(`bench:memory — ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
    const { checks, queries } = buildSet();
    const keyOf = await seedChecks(client, checks);
    console.log(`Paraphrase set: ${checks.length} checks, ${queries.length} queries (two halves of ${queries.filter((q) => q.split === "first").length} and ${queries.filter((q) => q.split === "second").length}), ${UNCHECKED.length} statements no check holds`);
    await quality(client, `The set alone (${checks.length} checks)`, queries, keyOf);
    await offeredForUnchecked();
    const started = Date.now();
    await seedMemory(client, CHECKS);
    console.log(`\nSeeded ${CHECKS.toLocaleString("en")} more checks in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    // The seed analyzed the table; a server reads the new statistics within a minute (word-shares.ts).
    // Measured as it answers from then on, not with the statistics of the 191 checks before the seed.
    forgetWordShares();
    await quality(client, `The set among ${CHECKS.toLocaleString("en")} other checks`, queries, keyOf);
    await offeredForUnchecked();
    await speed(client);
  } finally {
    await client.end().catch(() => {});
    await closeDb();
    await database.dispose();
  }
}

exitWhenDone(main());
