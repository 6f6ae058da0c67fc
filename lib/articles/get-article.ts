import { cache } from "react";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { NotFoundError } from "../errors/domain-error";

/** Cached per request: the page and its metadata ask for the same article. */
export const getArticle = cache(async function getArticle(viewer: SessionUser, articleId: string) {
  void viewer; // Every signed-in member of the desk may read every article.
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      outlet: true,
      url: true,
      archive: { select: { id: true, takenAt: true } },
      publishedAt: true,
      text: true,
      content: true,
      version: true,
      deskOwned: true,
      createdAt: true,
      updatedAt: true,
      story: { select: { id: true, title: true } },
      assignee: { select: { id: true, name: true } },
    },
  });
  if (!article) throw new NotFoundError("That article");
  return article;
});

export type ArticleDetail = Awaited<ReturnType<typeof getArticle>>;
