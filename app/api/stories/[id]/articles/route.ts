import { importArticle } from "@/lib/articles/import/import-article";
import { readImportForm } from "@/lib/articles/import/import-form";
import { listStoryArticles } from "@/lib/articles/list-story-articles";
import { articleRoutes } from "@/lib/contracts/articles";
import { apiRoute } from "@/lib/http/api-route";

/** A page of the story's articles in order (`?cursor=` from the last page's `next`, `?limit=`). */
export const GET = apiRoute(articleRoutes.listStoryArticles, async ({ user, params, query }) => {
  const { items, next } = await listStoryArticles(user, params.id, query);
  return { articles: items, next };
});

/** Imports an article into the story from a multipart form (lib/articles/import/import-form.ts). */
export const POST = apiRoute(articleRoutes.importArticle, async ({ user, params, request }) => {
  const { fields, source } = await readImportForm(request);
  return importArticle(user, params.id, fields, source);
});
