import type { SessionUser } from "../auth/session";
import { db } from "../db/client";

export interface StorySummary {
  id: string;
  title: string;
  description: string;
  articles: { id: string; title: string; outlet: string | null; publishedAt: Date | null; annotationCount: number }[];
}

/** The dashboard: every open story, its articles in order, and how many live annotations each has. */
export async function listStories(viewer: SessionUser): Promise<StorySummary[]> {
  void viewer; // Every signed-in member of the desk may read every story.
  const stories = await db.story.findMany({
    where: { archivedAt: null },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      description: true,
      articles: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          title: true,
          outlet: true,
          publishedAt: true,
          _count: { select: { annotations: { where: { deletedAt: null } } } },
        },
      },
    },
  });
  return stories.map((story) => ({
    ...story,
    articles: story.articles.map(({ _count, ...article }) => ({ ...article, annotationCount: _count.annotations })),
  }));
}
