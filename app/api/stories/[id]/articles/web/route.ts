import { importWebArticle } from "@/lib/articles/import/import-from-web";
import { apiRoute, json } from "@/lib/http/api-route";
import { webArticleImportSchema } from "@/lib/validation/article-schemas";
import { idParams } from "@/lib/validation/route-params";

/** Imports a previewed page as an article of the story, with its copy kept on the article. */
export const POST = apiRoute({ params: idParams, body: webArticleImportSchema }, async ({ user, params, body }) =>
  json(await importWebArticle(user, params.id, body), 201),
);
