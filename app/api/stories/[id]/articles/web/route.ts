import { importWebArticle } from "@/lib/articles/import/import-from-web";
import { articleRoutes } from "@/lib/contracts/articles";
import { apiRoute } from "@/lib/http/api-route";

/** Imports a previewed page as an article of the story, with its copy kept on the article. */
export const POST = apiRoute(articleRoutes.importWebArticle, ({ user, params, body }) => importWebArticle(user, params.id, body));
