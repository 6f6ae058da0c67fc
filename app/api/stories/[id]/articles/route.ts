import { importArticle } from "@/lib/articles/import/import-article";
import { readImportForm } from "@/lib/articles/import/import-form";
import { articleRoutes } from "@/lib/contracts/articles";
import { apiRoute } from "@/lib/http/api-route";

/** Imports an article into the story from a multipart form (lib/articles/import/import-form.ts). */
export const POST = apiRoute(articleRoutes.importArticle, async ({ user, params, request }) => {
  const { fields, source } = await readImportForm(request);
  return importArticle(user, params.id, fields, source);
});
