/**
 * The memory half of `npm run bench:memory`'s seed: `count` checked claims made in a few set-based
 * statements, each a real approved annotation (story, article, annotation, approved revision and
 * its row in the memory), as an approval writes them. The claims are news-like sentences drawn
 * from lists of actors, acts, quantities, things, places and times, so their words are spread as
 * a desk's are (a few common, most rare); a fixed seed makes every run the same.
 */
import type pg from "pg";

const ACTORS = [
  "The health ministry", "The central bank", "Police in Manchester", "The finance minister", "The European Commission", "The mayor of Lyon",
  "The education department", "The World Health Organization", "The defence ministry", "The national statistics office", "The football federation",
  "The transport authority", "The governor of Texas", "The prime minister", "The opposition leader", "The energy regulator", "The army",
  "The environment agency", "The interior ministry", "The city council", "The customs service", "The tax office", "The coast guard",
  "The space agency", "The labour union", "The hospital trust", "The electoral commission", "The supreme court", "The fire brigade",
  "The housing ministry", "The agriculture ministry", "The migration office", "The national lottery", "The railway company", "The airport operator",
  "The water company", "The Olympic committee", "The state broadcaster", "The drug regulator", "The prison service",
];
const ACTS = [
  "recorded", "spent", "cut", "hired", "closed", "opened", "built", "sold", "lost", "approved", "rejected", "vaccinated", "arrested", "deported",
  "collected", "paid", "received", "treated", "tested", "planted", "exported", "imported", "seized", "registered", "counted", "trained", "fined",
  "evacuated", "rescued", "subsidised",
];
const SCALES = ["", "", " thousand", " million", " billion", " per cent of"];
const THINGS = [
  "hospital beds", "teachers", "phone records", "euros on rail", "dollars in aid", "doses of vaccine", "protesters", "migrants", "tonnes of cocaine",
  "new homes", "trees", "cars", "tonnes of wheat", "barrels of oil", "nurses", "police officers", "schools", "pupils", "patients", "voters",
  "jobs", "flights", "passengers", "fines", "companies", "tax returns", "prisoners", "soldiers", "refugees", "wind turbines", "bridges",
  "kilometres of road", "apartments", "licences", "complaints", "visas", "asylum claims", "cyber attacks", "emails", "bank accounts",
];
const PLACES = [
  "in France", "across Texas", "in Germany", "in the capital", "in rural areas", "in Scotland", "in the north", "along the coast", "in Brazil",
  "in Mexico", "in Nigeria", "in India", "in Ontario", "in Bavaria", "in Catalonia", "in the south-east", "in Wales", "in Poland", "in Kenya", "in Japan",
];
const TIMES = [
  "in 2019", "in 2020", "in 2021", "in 2022", "in 2023", "in 2024", "last year", "last month", "between March and June", "over the winter",
  "in the first quarter", "since January", "during the pandemic", "in a single week", "over five years", "before the election",
];
const DENIALS = ["denied that", "rejected reports that", "said it was false that", "disputed claims that"];

/** Syllables for made-up surnames and towns: with these a desk's memory has thousands of names, each in a few claims. */
const SYLLABLES = "var nel ost rik mal den tor sa bel gro vik han lu mer del pa kos tin ber zan or fel wick ham ley dor ma ni ca sto".split(" ");
const TITLES = ["Minister", "Senator", "Mayor", "Governor", "Professor", "Chief Inspector", "Commissioner", "MP", "Coach", "Dr"];

/** Seeds `count` approved checks (70 % claims, 20 % figures, 10 % denials) in stories of 50 annotations each. */
export async function seedMemory(client: pg.Client, count: number): Promise<void> {
  const { rows: users } = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email IN ('annotator@example.com', 'editor@example.com') ORDER BY email`);
  const [annotator, editor] = users.map((u) => u.id);
  const stories = Math.ceil(count / 50);
  await client.query("SELECT setseed(0.42)");
  await client.query(
    `INSERT INTO "Story" (id, title, "updatedAt") SELECT 'bench-story-' || s, 'Memory benchmark story ' || s, now() FROM generate_series(1, $1) s`,
    [stories],
  );
  await client.query(
    `INSERT INTO "Article" (id, "storyId", title, text, content, "updatedAt") SELECT 'bench-article-' || s, 'bench-story-' || s, 'Article ' || s, '', '{"type":"doc","content":[]}', now() FROM generate_series(1, $1) s`,
    [stories],
  );
  // Made-up names (a title and a two- or three-syllable surname) and towns, as many as a desk meets.
  const name = `initcap(($2::text[])[1 + floor(random() * $3)::int] || ($2::text[])[1 + floor(random() * $3)::int] || CASE WHEN random() < 0.5 THEN ($2::text[])[1 + floor(random() * $3)::int] ELSE '' END)`;
  const who = `CASE WHEN random() < 0.5 THEN ($1::text[])[1 + floor(random() * $4)::int] ELSE ($5::text[])[1 + floor(random() * $6)::int] || ' ' || ${name} END`;
  const where = `CASE WHEN random() < 0.5 THEN ($7::text[])[1 + floor(random() * $8)::int] ELSE 'in ' || ${name} END`;
  // One statement makes every claim's words; the rest follow from them.
  await client.query(`CREATE TEMP TABLE bench_claims AS
    SELECT n, kind, text, (1 + floor(random() * 6))::int AS rating, (now() AT TIME ZONE 'UTC') - (random() * interval '1500 days') AS at FROM (
      SELECT n,
        CASE WHEN n % 10 < 7 THEN 'CLAIM' WHEN n % 10 < 9 THEN 'FIGURE' ELSE 'DENIAL' END AS kind,
        CASE WHEN n % 10 = 9 THEN ${who} || ' ' || ($9::text[])[1 + floor(random() * $10)::int] || ' ' ELSE '' END
          || ${who} || ' ' || ($11::text[])[1 + floor(random() * $12)::int] || ' '
          || (1 + floor(random() * 999))::text || CASE WHEN random() < 0.3 THEN '.' || floor(random() * 10)::text ELSE '' END
          || ($13::text[])[1 + floor(random() * 6)::int] || ' ' || ($14::text[])[1 + floor(random() * $15)::int] || ' '
          || ${where} || ' ' || ($16::text[])[1 + floor(random() * $17)::int] AS text
      FROM generate_series(1, $18) n) g`, [
    ACTORS, SYLLABLES, SYLLABLES.length, ACTORS.length, TITLES, TITLES.length, PLACES, PLACES.length, DENIALS, DENIALS.length,
    ACTS, ACTS.length, SCALES, THINGS, THINGS.length, TIMES, TIMES.length, count,
  ]);
  await client.query(`INSERT INTO "Annotation" (id, "articleId", kind, start, "end", exact, prefix, suffix, status, verdict, "authorId", "reviewerId", "reviewedAt", "updatedAt")
    SELECT 'bench-ann-' || n, 'bench-article-' || (1 + (n - 1) / 50), b.kind::"AnnotationKind", 0, length(text), text, '', '', 'APPROVED', v.verdict, $1, $2, at, now()
    FROM bench_claims b CROSS JOIN LATERAL (SELECT CASE b.kind
      WHEN 'CLAIM' THEN jsonb_build_object('kind', 'CLAIM', 'rating', (ARRAY['TRUE','MOSTLY_TRUE','MISLEADING','MOSTLY_FALSE','FALSE','UNVERIFIABLE'])[rating])
      WHEN 'FIGURE' THEN jsonb_build_object('kind', 'FIGURE', 'outcome', (ARRAY['CONFIRMED','UNVERIFIABLE','CONFIRMED','CONFIRMED','UNVERIFIABLE','CONFIRMED'])[rating])
      ELSE jsonb_build_object('kind', 'DENIAL', 'finding', (ARRAY['ESTABLISHED','NOT_ESTABLISHED','UNCLEAR','ESTABLISHED','NOT_ESTABLISHED','UNCLEAR'])[rating]) END AS verdict) v`,
    [annotator, editor]);
  await client.query(`INSERT INTO "ApprovedRevision" (id, "annotationId", version, "reviewerId", "approvedAt", content)
    SELECT 'bench-rev-' || n, 'bench-ann-' || n, 1, $1, at, jsonb_build_object('kind', b.kind, 'quote', b.text, 'context', jsonb_build_object('before', '', 'after', ''),
      'start', 0, 'end', length(text), 'verdict', a.verdict, 'noteHtml', '', 'sources', '[]'::jsonb, 'corroborations', '[]'::jsonb)
    FROM bench_claims b JOIN "Annotation" a ON a.id = 'bench-ann-' || n`, [editor]);
  await client.query(`INSERT INTO "CheckedClaim" (id, origin, "annotationId", "revisionId", "storyId", "articleId", kind, quote, text, rating, verdict, "checkedBy", "reviewedAt", "updatedAt", search)
    SELECT 'bench-check-' || n, 'DESK', a.id, 'bench-rev-' || n, 'bench-story-' || (1 + (n - 1) / 50), a."articleId", a.kind, b.text, b.text,
      coalesce(a.verdict->>'rating', a.verdict->>'outcome', a.verdict->>'finding'), a.verdict, 'Eddie Editor', at, now(), setweight(to_tsvector('english', b.text), 'A')
    FROM bench_claims b JOIN "Annotation" a ON a.id = 'bench-ann-' || n`);
  await client.query("DROP TABLE bench_claims");
  // As on a desk's long-lived table: vacuumed (the GIN indexes' pending entries merged) and analysed.
  await client.query(`VACUUM ANALYZE "CheckedClaim"`);
  await client.query(`VACUUM ANALYZE "ApprovedRevision"`);
  await client.query(`VACUUM ANALYZE "Annotation"`);
}

/**
 * Seeds the given checks as approved claims, each in a story of its own (so none is ever left out
 * as "the same story"), as an approval writes them; answers each check's row id in the memory.
 */
export async function seedChecks(client: pg.Client, checks: { key: string; text: string }[]): Promise<Map<string, string>> {
  const { rows: users } = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email IN ('annotator@example.com', 'editor@example.com') ORDER BY email`);
  const [annotator, editor] = users.map((u) => u.id);
  const rows = checks.map((check, i) => ({ n: i + 1, key: check.key, text: check.text }));
  const data = JSON.stringify(rows);
  const set = `jsonb_to_recordset($1::jsonb) AS s(n int, key text, text text)`;
  await client.query(`INSERT INTO "Story" (id, title, "updatedAt") SELECT 'set-story-' || n, 'Paraphrase set ' || key, now() FROM ${set}`, [data]);
  await client.query(`INSERT INTO "Article" (id, "storyId", title, text, content, "updatedAt") SELECT 'set-article-' || n, 'set-story-' || n, key, text, '{"type":"doc","content":[]}', now() FROM ${set}`, [data]);
  await client.query(
    `INSERT INTO "Annotation" (id, "articleId", kind, start, "end", exact, prefix, suffix, status, verdict, "authorId", "reviewerId", "reviewedAt", "updatedAt")
     SELECT 'set-ann-' || n, 'set-article-' || n, 'CLAIM', 0, length(text), text, '', '', 'APPROVED', '{"kind":"CLAIM","rating":"MOSTLY_TRUE"}', $2, $3, now(), now() FROM ${set}`,
    [data, annotator, editor],
  );
  await client.query(
    `INSERT INTO "ApprovedRevision" (id, "annotationId", version, "reviewerId", content)
     SELECT 'set-rev-' || n, 'set-ann-' || n, 1, $2, jsonb_build_object('kind', 'CLAIM', 'quote', text, 'context', jsonb_build_object('before', '', 'after', ''),
       'start', 0, 'end', length(text), 'verdict', '{"kind":"CLAIM","rating":"MOSTLY_TRUE"}'::jsonb, 'noteHtml', '', 'sources', '[]'::jsonb, 'corroborations', '[]'::jsonb) FROM ${set}`,
    [data, editor],
  );
  await client.query(
    `INSERT INTO "CheckedClaim" (id, origin, "annotationId", "revisionId", "storyId", "articleId", kind, quote, text, rating, verdict, "checkedBy", "reviewedAt", "updatedAt", search)
     SELECT 'set-check-' || n, 'DESK', 'set-ann-' || n, 'set-rev-' || n, 'set-story-' || n, 'set-article-' || n, 'CLAIM', text, text, 'MOSTLY_TRUE', '{"kind":"CLAIM","rating":"MOSTLY_TRUE"}',
       'Eddie Editor', now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', setweight(to_tsvector('english', text), 'A') FROM ${set}`,
    [data],
  );
  await client.query(`VACUUM ANALYZE "CheckedClaim"`);
  return new Map(rows.map((row) => [`set-check-${row.n}`, row.key]));
}
