import { previewWebArticle } from "@/lib/articles/import/import-from-web";
import { articleRoutes } from "@/lib/contracts/articles";
import { apiRoute } from "@/lib/http/api-route";

/** Fetches a page for "From a web address" and answers with what an import would take from it. */
export const POST = apiRoute(articleRoutes.previewWebArticle, ({ user, params, body }) => previewWebArticle(user, params.id, body.url));
