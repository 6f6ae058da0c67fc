/**
 * A desk's year, written straight into a database with set-based SQL (generate_series), for
 * `npm run bench:year`: at scale 1, 2,000 stories, about 20,000 articles, about 1,000,000
 * annotations, and their sources, comments, mentions, activity, approved revisions, re-check
 * alerts and publications. Every value is a function of a row's number or id, so two runs at the
 * same scale write the same desk. The desk's people include the demo accounts, which the
 * benchmark signs in as.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { buildTextIndex } from "../../lib/anchoring/text-index";
import { quoteContext } from "../../lib/anchoring/selectors";
import { docFromParagraphs, paragraphsFromPlainText, titleFromLead } from "../../lib/text/plain-text";
import { root } from "../lib/run";

/** The tables the year fills, whose secondary indexes are dropped while it loads and built again after. */
const LOADED = ["Story", "Article", "ArticleVersion", "Annotation", "ApprovedRevision", "Source", "SourceCheck", "SourceAlert", "Comment", "Mention", "Activity"];

const TOPICS = [
  "Budget vote",
  "Hospital waiting times",
  "Flood defences",
  "Rail strike",
  "Election spending",
  "School results",
  "Drought and harvest",
  "Police figures",
  "Energy prices",
  "Housing starts",
  "Trade talks",
  "Migration figures",
];
const OUTLETS = ["Le Monde", "Reuters", "AP", "BBC News", "The Guardian", "Bloomberg", "NBC News", "Der Spiegel"];

export interface YearCounts {
  people: number;
  stories: number;
  articles: number;
  annotations: number;
  sources: number;
  comments: number;
  mentions: number;
  activity: number;
  revisions: number;
  alerts: number;
}

/** The corpus texts as articles, and for each a set of word spans (1 to 5 words) to annotate, with their quote context. */
function corpus() {
  const dir = path.join(root, "prisma", "seed-data", "corpus");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file, k) => {
      const content = docFromParagraphs(paragraphsFromPlainText(readFileSync(path.join(dir, file), "utf8")));
      const { text } = buildTextIndex(content);
      const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
      const spans = [];
      for (let w = 0; w + 5 < words.length; w += 3) {
        const [start, end] = [words[w].start, words[w + (w % 5)].end];
        spans.push({ start, end, exact: text.slice(start, end), ...quoteContext(text, start, end) });
      }
      return { k, text, content, title: titleFromLead(text), spans };
    });
}

async function step(client: pg.Client, label: string, sql: string, values: unknown[] = []) {
  const started = performance.now();
  const result = await client.query(sql, values);
  console.log(`  ${label}: ${result.rowCount ?? 0} rows, ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Seeds the year into the database at `url` (migrated, with the demo accounts and story already
 * in it). `scale` 1 is the full year; 0.1 a tenth of it, for a quick try.
 */
export async function seedYear(url: string, scale: number): Promise<YearCounts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET maintenance_work_mem = '512MB'; SET work_mem = '64MB'; SET synchronous_commit = off");
    // Checking each row's foreign keys is most of a bulk insert's time; every id here is made to match.
    const superuser = (await client.query<{ on: string }>("SELECT current_setting('is_superuser') AS on")).rows[0].on === "on";
    if (superuser) await client.query("SET session_replication_role = replica");
    const indexes = (
      await client.query<{ name: string; def: string }>(
        `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
         WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
           AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
        [LOADED],
      )
    ).rows;
    for (const { name } of indexes) await client.query(`DROP INDEX "${name}"`);

    const texts = corpus();
    await client.query(`CREATE TEMP TABLE y_corpus (k int PRIMARY KEY, text text, content jsonb, title text, spans int)`);
    await client.query(`INSERT INTO y_corpus SELECT * FROM unnest($1::int[], $2::text[], $3::jsonb[], $4::text[], $5::int[])`, [
      texts.map((t) => t.k),
      texts.map((t) => t.text),
      texts.map((t) => JSON.stringify(t.content)),
      texts.map((t) => t.title),
      texts.map((t) => t.spans.length),
    ]);
    const spans = texts.flatMap((t) => t.spans.map((s, m) => ({ k: t.k, m, ...s })));
    await client.query(`CREATE TEMP TABLE y_span (k int, m int, start int, "end" int, exact text, prefix text, suffix text, PRIMARY KEY (k, m))`);
    await client.query(`INSERT INTO y_span SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::text[], $6::text[], $7::text[])`, [
      spans.map((s) => s.k),
      spans.map((s) => s.m),
      spans.map((s) => s.start),
      spans.map((s) => s.end),
      spans.map((s) => s.exact),
      spans.map((s) => s.prefix),
      spans.map((s) => s.suffix),
    ]);

    const stories = Math.max(10, Math.round(2_000 * scale));
    const hash = await client.query<{ h: string }>(`SELECT "passwordHash" AS h FROM "User" WHERE email = 'editor@example.com'`);
    // Forty people: the three demo accounts first (k 0, 1, 2: editor, annotator, admin), then the desk.
    await step(
      client,
      "people",
      `INSERT INTO "User" (id, email, name, "passwordHash", role, "createdAt", "updatedAt")
       SELECT 'y-person-' || k, 'person' || k || '@desk.example', 'Person ' || k, $1, CASE WHEN k % 5 = 0 THEN 'EDITOR'::"Role" ELSE 'ANNOTATOR'::"Role" END, now() - interval '400 days', now() - interval '400 days'
       FROM generate_series(3, 39) k`,
      [hash.rows[0].h],
    );
    await client.query(`CREATE TEMP TABLE y_person AS
      SELECT CASE email WHEN 'editor@example.com' THEN 0 WHEN 'annotator@example.com' THEN 1 WHEN 'admin@example.com' THEN 2 ELSE substring(email from 'person(\\d+)@')::int END AS k, id, name, role
      FROM "User" WHERE email IN ('editor@example.com', 'annotator@example.com', 'admin@example.com') OR email LIKE '%@desk.example'`);
    await client.query(`CREATE TEMP TABLE y_editor AS SELECT row_number() OVER (ORDER BY k) - 1 AS e, id FROM y_person WHERE role IN ('EDITOR', 'ADMIN')`);
    const { rows: counts } = await client.query<{ people: number; editors: number }>(`SELECT (SELECT count(*) FROM y_person)::int AS people, (SELECT count(*) FROM y_editor)::int AS editors`);
    const [people, editors] = [counts[0].people, counts[0].editors];

    // Stories, oldest first, one every few hours across the year; one in ten archived.
    await client.query(`CREATE TEMP TABLE y_story AS
      SELECT n, 'ys' || substr(md5('story' || n), 1, 23) AS id, now() - interval '365 days' * (($1::int - n)::float8 / $1::int) - interval '1 hour' AS created
      FROM generate_series(1, $1::int) n`, [stories]);
    await step(
      client,
      "stories",
      `INSERT INTO "Story" (id, title, description, "archivedAt", "createdAt", "updatedAt")
       SELECT id, ($1::text[])[1 + n % array_length($1::text[], 1)] || ', week ' || (1 + n / 40) || ' (' || n || ')',
              'What the outlets reported, and what the desk found.', CASE WHEN n % 10 = 3 THEN least(now(), created + interval '20 days') END, created, created
       FROM y_story`,
      [TOPICS],
    );

    // Five to fifteen articles a story (ten on average), each one of the corpus texts.
    await client.query(`CREATE TEMP TABLE y_article AS
      SELECT row_number() OVER (ORDER BY s.n, j)::int AS n, s.id AS story_id, j AS position, s.created + j * interval '1 hour' AS created,
             'ya' || substr(md5('article' || s.n || '-' || j), 1, 23) AS id
      FROM y_story s, generate_series(0, 4 + (s.n * 7) % 11) j`);
    await client.query(`CREATE UNIQUE INDEX ON y_article (n)`);
    await step(
      client,
      "articles",
      `INSERT INTO "Article" (id, "storyId", title, outlet, url, "publishedAt", text, content, version, position, "importerId", "assigneeId", "createdAt", "updatedAt")
       SELECT a.id, a.story_id, c.title, ($1::text[])[1 + a.n % array_length($1::text[], 1)], 'https://news.example/article/' || a.n, a.created - interval '2 hours',
              c.text, c.content, 1, a.position, imp.id, CASE WHEN a.n % 20 = 7 THEN asg.id END, a.created, a.created
       FROM y_article a JOIN y_corpus c ON c.k = a.n % 5
       JOIN y_person imp ON imp.k = a.n % $2::int JOIN y_person asg ON asg.k = (a.n / 20) % $2::int`,
      [OUTLETS, people],
    );
    await step(
      client,
      "article versions",
      `INSERT INTO "ArticleVersion" (id, "articleId", version, text, content, "createdById", "createdAt")
       SELECT 'yv' || substr(a.id, 3), a.id, 1, c.text, c.content, NULL, a.created FROM y_article a JOIN y_corpus c ON c.k = a.n % 5`,
    );

    // Ten to ninety annotations an article (fifty on average). Reviewed a day after they were
    // made; what was submitted in the last two weeks waits in the queue.
    await step(
      client,
      "annotations",
      `INSERT INTO "Annotation" (id, "articleId", kind, start, "end", exact, prefix, suffix, note, status, verdict, "authorId", "assigneeId",
                                 "submittedAt", "reviewerId", "reviewedAt", version, "deletedAt", "deletedById", "createdAt", "updatedAt")
       SELECT x.id, article_id, kind, sp.start, sp."end", sp.exact, sp.prefix, sp.suffix, '<p>Checked against the ministry''s own release.</p>', status,
              CASE WHEN status = 'APPROVED' THEN CASE kind WHEN 'CLAIM' THEN '{"kind":"CLAIM","rating":"MOSTLY_TRUE"}'::jsonb
                                                           WHEN 'FIGURE' THEN '{"kind":"FIGURE","outcome":"CONFIRMED"}'::jsonb
                                                           ELSE '{"kind":"DENIAL","finding":"ESTABLISHED"}'::jsonb END END,
              author.id, CASE WHEN abs(hashtext(x.id)) % 33 = 5 THEN assignee.id END,
              CASE WHEN status <> 'DRAFT' THEN created + interval '1 hour' END,
              CASE WHEN status IN ('APPROVED', 'CHANGES_REQUESTED', 'REJECTED') THEN reviewer.id END,
              CASE WHEN status IN ('APPROVED', 'CHANGES_REQUESTED', 'REJECTED') THEN created + interval '1 day' END,
              CASE status WHEN 'DRAFT' THEN 1 WHEN 'SUBMITTED' THEN 2 ELSE 3 END,
              CASE WHEN h BETWEEN 95 AND 96 THEN created + interval '2 hours' END, CASE WHEN h BETWEEN 95 AND 96 THEN author.id END,
              created, created + interval '1 day'
       FROM (
         SELECT 'yn' || substr(md5(a.n || '-' || q), 1, 23) AS id, a.id AS article_id, a.n, q, c.k, c.spans,
                (ARRAY['CLAIM', 'FIGURE', 'DENIAL']::"AnnotationKind"[])[1 + (a.n + q) % 3] AS kind,
                (a.n * 31 + q * 17) % 100 AS h, a.created + q * interval '3 minutes' AS created,
                CASE WHEN a.created > now() - interval '14 days' AND (a.n * 31 + q * 17) % 100 < 20 THEN 'SUBMITTED'
                     WHEN (a.n * 31 + q * 17) % 100 BETWEEN 20 AND 24 THEN 'CHANGES_REQUESTED'
                     WHEN (a.n * 31 + q * 17) % 100 BETWEEN 25 AND 29 THEN 'DRAFT'
                     WHEN (a.n * 31 + q * 17) % 100 BETWEEN 30 AND 32 THEN 'REJECTED'
                     WHEN a.created > now() - interval '14 days' AND (a.n * 31 + q * 17) % 100 < 40 THEN 'DRAFT'
                     ELSE 'APPROVED' END::"ReviewStatus" AS status
         FROM y_article a JOIN y_corpus c ON c.k = a.n % 5, generate_series(1, 10 + (a.n * 13) % 81) q
       ) x
       JOIN y_span sp ON sp.k = x.k AND sp.m = (x.n * 7 + x.q * 3) % x.spans
       JOIN y_person author ON author.k = abs(hashtext(x.id || 'by')) % $1::int
       JOIN y_person assignee ON assignee.k = abs(hashtext(x.id || 'to')) % $1::int
       JOIN y_editor reviewer ON reviewer.e = (x.n + x.q) % $2::int`,
      [people, editors],
    );
    await step(
      client,
      "approved revisions",
      `INSERT INTO "ApprovedRevision" (id, "annotationId", version, "reviewerId", "approvedAt", content)
       SELECT 'yr' || substr(id, 3), id, 3, "reviewerId", "reviewedAt",
              jsonb_build_object('kind', kind, 'quote', exact, 'context', jsonb_build_object('before', '', 'after', ''), 'start', start, 'end', "end",
                                 'verdict', verdict, 'noteHtml', note, 'sources', '[]'::jsonb, 'corroborations', '[]'::jsonb)
       FROM "Annotation" WHERE status = 'APPROVED' AND id LIKE 'yn%'`,
    );
    // A source for every other annotation; comments on every third, one in ten of them mentioning someone.
    await step(
      client,
      "sources",
      `INSERT INTO "Source" (id, "annotationId", relation, url, title, publisher, "createdById", "createdAt", "updatedAt")
       SELECT 'yu' || substr(id, 3), id, (ARRAY['SUPPORTS', 'REFUTES', 'CONTEXT']::"SourceRelation"[])[1 + abs(hashtext(id)) % 3],
              'https://source.example/' || substr(id, 3, 10), 'The ministry''s release', 'Ministry', "authorId", "createdAt" + interval '10 minutes', "createdAt" + interval '10 minutes'
       FROM "Annotation" WHERE id LIKE 'yn%' AND abs(hashtext(id)) % 2 = 0`,
    );
    await step(
      client,
      "comments",
      `INSERT INTO "Comment" (id, "annotationId", "authorId", body, "createdAt", "updatedAt")
       SELECT 'yc' || substr(a.id, 3), a.id, author.id,
              CASE WHEN abs(hashtext('yc' || substr(a.id, 3))) % 10 = 0 THEN '@' || told.name || ' can you check this against the release?' ELSE 'Checked: the release says the same.' END,
              a."createdAt" + interval '30 minutes', a."createdAt" + interval '30 minutes'
       FROM "Annotation" a
       JOIN y_person author ON author.k = abs(hashtext(a.id || 'by')) % $1::int
       JOIN y_person told ON told.k = abs(hashtext('yc' || substr(a.id, 3) || 'told')) % $1::int
       WHERE a.id LIKE 'yn%' AND abs(hashtext(a.id || 'c')) % 3 = 0`,
      [people],
    );
    await step(
      client,
      "mentions",
      `INSERT INTO "Mention" (id, "commentId", "userId", "readAt", "createdAt")
       SELECT 'ym' || substr(c.id, 3), c.id, told.id, CASE WHEN c."createdAt" < now() - interval '7 days' THEN c."createdAt" + interval '1 day' END, c."createdAt"
       FROM "Comment" c JOIN y_person told ON told.k = abs(hashtext(c.id || 'told')) % $1::int
       WHERE c.id LIKE 'yc%' AND abs(hashtext(c.id)) % 10 = 0`,
      [people],
    );
    // One source in a hundred found changed by a scheduled re-check, its author told.
    await step(
      client,
      "source checks",
      `INSERT INTO "SourceCheck" (id, "sourceId", outcome, "checkedAt", "checkedById")
       SELECT 'yk' || substr(s.id, 3), s.id, 'CHANGED', least(now(), s."createdAt" + interval '30 days'), s."createdById"
       FROM "Source" s WHERE s.id LIKE 'yu%' AND abs(hashtext(s.id)) % 100 = 0`,
    );
    await step(
      client,
      "re-check alerts",
      `INSERT INTO "SourceAlert" (id, "checkId", "userId", "readAt", "createdAt")
       SELECT 'yl' || substr(k.id, 3), k.id, s."createdById", CASE WHEN k."checkedAt" < now() - interval '7 days' THEN k."checkedAt" + interval '1 day' END, k."checkedAt"
       FROM "SourceCheck" k JOIN "Source" s ON s.id = k."sourceId" WHERE k.id LIKE 'yk%'`,
    );
    // The audit record: each story, article, annotation, review, comment and source as it was made.
    await step(
      client,
      "activity",
      `INSERT INTO "Activity" (id, "actorId", action, "entityType", "entityId", "articleId", "annotationId", before, after, "createdAt")
       SELECT 'yt' || substr(md5(kind || id), 1, 23), actor, action, entity, id, article, annotation, before, after, at FROM (
         SELECT 'a' AS kind, a.id, a."importerId" AS actor, 'article.imported' AS action, 'Article' AS entity, a.id AS article, NULL AS annotation,
                NULL::jsonb AS before, jsonb_build_object('title', a.title) AS after, a."createdAt" AS at
         FROM "Article" a WHERE a.id LIKE 'ya%'
         UNION ALL
         SELECT 'n', n.id, n."authorId", 'annotation.created', 'Annotation', n."articleId", n.id, NULL, jsonb_build_object('kind', n.kind, 'exact', n.exact), n."createdAt"
         FROM "Annotation" n WHERE n.id LIKE 'yn%'
         UNION ALL
         SELECT 's', n.id, n."authorId", 'annotation.submit', 'Annotation', n."articleId", n.id, '{"status":"DRAFT"}', '{"status":"SUBMITTED"}', n."submittedAt"
         FROM "Annotation" n WHERE n.id LIKE 'yn%' AND n."submittedAt" IS NOT NULL
         UNION ALL
         SELECT 'r', n.id, n."reviewerId", CASE n.status WHEN 'APPROVED' THEN 'annotation.approve' WHEN 'REJECTED' THEN 'annotation.reject' ELSE 'annotation.request_changes' END,
                'Annotation', n."articleId", n.id, '{"status":"SUBMITTED"}', jsonb_build_object('status', n.status), n."reviewedAt"
         FROM "Annotation" n WHERE n.id LIKE 'yn%' AND n."reviewedAt" IS NOT NULL
         UNION ALL
         SELECT 'c', c.id, c."authorId", 'comment.created', 'Comment', n."articleId", n.id, NULL, jsonb_build_object('body', c.body), c."createdAt"
         FROM "Comment" c JOIN "Annotation" n ON n.id = c."annotationId" WHERE c.id LIKE 'yc%'
         UNION ALL
         SELECT 'u', s.id, s."createdById", 'source.added', 'Source', n."articleId", n.id, NULL, jsonb_build_object('url', s.url), s."createdAt"
         FROM "Source" s JOIN "Annotation" n ON n.id = s."annotationId" WHERE s.id LIKE 'yu%'
       ) entries`,
    );

    const started = performance.now();
    for (const { def } of indexes) await client.query(def);
    console.log(`  indexes built again: ${indexes.length}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (superuser) await client.query("SET session_replication_role = DEFAULT");
    const total = async (table: string, where = "id LIKE 'y%'") => (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE ${where}`)).rows[0].n;
    return {
      people,
      stories: await total("Story"),
      articles: await total("Article"),
      annotations: await total("Annotation"),
      sources: await total("Source"),
      comments: await total("Comment"),
      mentions: await total("Mention"),
      activity: await total("Activity"),
      revisions: await total("ApprovedRevision"),
      alerts: await total("SourceAlert"),
    };
  } finally {
    await client.end();
  }
}

/** Statistics and the visibility map for every table, as after a bulk load and the autovacuum that follows it. */
export async function analyze(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    await client.query("VACUUM (ANALYZE)");
    console.log(`  VACUUM (ANALYZE): ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
}
