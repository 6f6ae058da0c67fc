/**
 * The two desks `npm run bench:year` compares: the demo desk (the demo accounts and story, its
 * story published) and the same with a year of work seeded beside it (year-seed.ts), a quarter
 * of its stories published. And what each page is measured on: a story, an article, an annotation.
 */
import pg from "pg";
import { runBookkeeping } from "../../lib/changes/bookkeeping";
import { closeDb, db } from "../../lib/db/client";
import { migrateDeploy } from "../../lib/db/migrate";
import { rebuildFeedEntries } from "../../lib/publishing/feed-entries";
import { prepareData } from "../lib/bootstrap/prepare-data";
import { publishDemoStory } from "../lib/demo-publication";
import { root } from "../lib/run";
import { analyze, seedYear, type YearCounts } from "./year-seed";

/** Makes the desk in the empty database at `url`: the demo desk, and a year of work when `scale` is given. */
export async function prepareDesk(url: string, scale: number | null): Promise<YearCounts | null> {
  await migrateDeploy(url, root);
  process.env.DATABASE_URL = url;
  try {
    await prepareData({ embedded: false, env: { SEED_DEMO: "true" } });
    const { slug } = await publishDemoStory();
    if (scale === null) return null;
    const counts = await seedYear(url, scale);
    // One story in four published, each a copy of the demo story's latest publication under its own address.
    const published = await db.$executeRaw`
      INSERT INTO "Publication" (id, slug, "subjectType", "subjectId", number, note, snapshot, changes, "sourceKeys", html, etag, csp, "publishedById", "publishedAt")
      SELECT 'yp' || substr(s.id, 3), p.slug || '-' || substr(s.id, 3, 8), 'story', s.id, 1, '', p.snapshot, '[]', '[]', p.html, p.etag, p.csp, p."publishedById", s."createdAt" + interval '3 days'
      FROM "Story" s, "Publication" p
      WHERE p.slug = ${slug} AND p.number = (SELECT max(number) FROM "Publication" WHERE slug = ${slug})
        AND s.id LIKE 'ys%' AND abs(hashtext(s.id)) % 4 = 0`;
    await runBookkeeping((tx) => rebuildFeedEntries(tx), { timeout: 300_000 });
    console.log(`  publications: ${published} rows`);
    return counts;
  } finally {
    await closeDb();
    await analyze(url);
  }
}

export interface Targets {
  storyId: string;
  articleId: string;
  annotationId: string;
  /** Words of the story's title, for the dashboard's search. */
  storyWords: string;
  /** The cursor of a page deep in the dashboard (the demo desk has one page: its first). */
  deepCursor: string | null;
}

/**
 * What each desk's pages are measured on. The demo desk: its story and the article about Obama
 * and Hollande. The year: a story from the last month with ten articles, its article with the
 * most annotations (about ninety), and that article's first annotation.
 */
export async function findTargets(url: string, year: boolean): Promise<Omit<Targets, "deepCursor">> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const query = async (sql: string) => (await client.query<{ id: string; title?: string }>(sql)).rows[0];
    const story = year
      ? await query(`SELECT s.id, s.title FROM "Story" s WHERE s.id LIKE 'ys%' AND s."archivedAt" IS NULL AND s."createdAt" > now() - interval '30 days'
                       AND (SELECT count(*) FROM "Article" a WHERE a."storyId" = s.id) = 10 ORDER BY s."createdAt" DESC LIMIT 1`)
      : await query(`SELECT id, title FROM "Story" WHERE title LIKE 'NSA surveillance%'`);
    const article = year
      ? await query(`SELECT a.id FROM "Article" a WHERE a."storyId" = '${story.id}' ORDER BY (SELECT count(*) FROM "Annotation" n WHERE n."articleId" = a.id) DESC, a.id LIMIT 1`)
      : await query(`SELECT id FROM "Article" WHERE "storyId" = '${story.id}' AND title LIKE 'Obama assures%'`);
    const annotation = await query(`SELECT id FROM "Annotation" WHERE "articleId" = '${article.id}' ORDER BY start, id LIMIT 1`);
    return { storyId: story.id, articleId: article.id, annotationId: annotation.id, storyWords: story.title!.split(/[,(]/)[0].trim() };
  } finally {
    await client.end();
  }
}
