import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { keysetAfter, keysetOrder, pageOf, type KeyPart, type Page } from "../paging/keyset";
import type { StoryListQuery } from "../validation/article-schemas";
import { ARTICLE_ORDER, articleSummarySelect, toArticleSummary, type ArticleSummary } from "./list-story-articles";

export interface StorySummary {
  id: string;
  title: string;
  description: string;
  /** How many articles the story has; `articles` holds the first ARTICLES_ON_CARD of them. */
  articleCount: number;
  articles: ArticleSummary[];
}

/** Newest story first; the id decides between stories made in the same millisecond. */
export const STORY_ORDER: readonly KeyPart[] = [
  ["createdAt", "desc"],
  ["id", "desc"],
];
export const STORIES_PER_PAGE = 20;
/** The articles a story's card shows; the story's own page lists them all, a page at a time. */
export const ARTICLES_ON_CARD = 5;

/**
 * The dashboard: a page of open stories (whose title holds `q`, when given), newest first, each
 * with its first articles in order and how many live annotations each has. A page reads at most
 * STORIES_PER_PAGE × ARTICLES_ON_CARD articles, however many the desk has.
 */
export async function listStories(viewer: SessionUser, query: StoryListQuery = {}): Promise<Page<StorySummary>> {
  void viewer; // Every signed-in member of the desk may read every story.
  const limit = query.limit ?? STORIES_PER_PAGE;
  const stories = await db.story.findMany({
    where: {
      archivedAt: null,
      ...(query.q ? { title: { contains: query.q, mode: "insensitive" } } : {}),
      ...(query.cursor ? keysetAfter<Prisma.StoryWhereInput>(STORY_ORDER, query.cursor) : {}),
    },
    orderBy: keysetOrder<Prisma.StoryOrderByWithRelationInput>(STORY_ORDER),
    take: limit + 1,
    select: {
      id: true,
      title: true,
      description: true,
      createdAt: true,
      _count: { select: { articles: true } },
      articles: { orderBy: keysetOrder<Prisma.ArticleOrderByWithRelationInput>(ARTICLE_ORDER), take: ARTICLES_ON_CARD, select: articleSummarySelect },
    },
  });
  return pageOf(
    stories,
    limit,
    (story) => [story.createdAt.toISOString(), story.id],
    ({ id, title, description, _count, articles }) => ({ id, title, description, articleCount: _count.articles, articles: articles.map(toArticleSummary) }),
  );
}

/** How many stories a picker (the review queue's filter) offers: the most recent. */
export const STORY_CHOICES = 200;

/**
 * The stories a filter offers: the most recent open ones, and `including` (the one chosen now)
 * wherever it is, so the choice stays shown.
 */
export async function listStoryChoices(viewer: SessionUser, including?: string): Promise<{ id: string; title: string }[]> {
  void viewer;
  const [recent, chosen] = await Promise.all([
    db.story.findMany({ where: { archivedAt: null }, orderBy: keysetOrder<Prisma.StoryOrderByWithRelationInput>(STORY_ORDER), take: STORY_CHOICES, select: { id: true, title: true } }),
    including ? db.story.findUnique({ where: { id: including }, select: { id: true, title: true } }) : null,
  ]);
  return chosen && !recent.some((story) => story.id === chosen.id) ? [...recent, chosen] : recent;
}
