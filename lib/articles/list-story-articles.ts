import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { NotFoundError } from "../errors/domain-error";
import { keysetAfter, keysetOrder, pageOf, type KeyPart, type Page } from "../paging/keyset";
import type { StoryArticlesQuery } from "../validation/article-schemas";

export interface ArticleSummary {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: Date | null;
  annotationCount: number;
}

/** A story's articles in the desk's order (their place in the story, given at import). */
export const ARTICLE_ORDER: readonly KeyPart[] = [
  ["position", "asc"],
  ["id", "asc"],
];
export const ARTICLES_PER_PAGE = 50;

export const articleSummarySelect = {
  id: true,
  title: true,
  outlet: true,
  publishedAt: true,
  position: true,
  _count: { select: { annotations: { where: { deletedAt: null } } } },
} as const;

type ArticleRow = { id: string; title: string; outlet: string | null; publishedAt: Date | null; position: number; _count: { annotations: number } };

export function toArticleSummary({ id, title, outlet, publishedAt, _count }: ArticleRow): ArticleSummary {
  return { id, title, outlet, publishedAt, annotationCount: _count.annotations };
}

/** A page of a story's articles, in order, with how many live annotations each has. */
export async function listStoryArticles(viewer: SessionUser, storyId: string, query: StoryArticlesQuery = {}): Promise<Page<ArticleSummary>> {
  void viewer; // Every signed-in member of the desk may read every story.
  const limit = query.limit ?? ARTICLES_PER_PAGE;
  const [story, rows] = await Promise.all([
    db.story.findUnique({ where: { id: storyId }, select: { id: true } }),
    db.article.findMany({
      where: { storyId, ...(query.cursor ? keysetAfter<Prisma.ArticleWhereInput>(ARTICLE_ORDER, query.cursor) : {}) },
      orderBy: keysetOrder<Prisma.ArticleOrderByWithRelationInput>(ARTICLE_ORDER),
      take: limit + 1,
      select: articleSummarySelect,
    }),
  ]);
  if (!story) throw new NotFoundError("That story");
  return pageOf(rows, limit, (row) => [row.position, row.id], toArticleSummary);
}
