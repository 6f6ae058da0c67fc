import { idParams } from "@/lib/validation/route-params";
import { importArticle } from "@/lib/articles/import/import-article";
import { readImportForm } from "@/lib/articles/import/import-form";
import { apiRoute, json } from "@/lib/http/api-route";

/** Imports an article into the story from a multipart form (lib/articles/import/import-form.ts). */
export const POST = apiRoute({ params: idParams }, async ({ user, params, request }) => {
  const { fields, source } = await readImportForm(request);
  return json(await importArticle(user, params.id, fields, source), 201);
});
