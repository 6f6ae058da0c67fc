import { previewWebArticle } from "@/lib/articles/import/import-from-web";
import { apiRoute } from "@/lib/http/api-route";
import { webArticlePreviewSchema } from "@/lib/validation/article-schemas";
import { idParams } from "@/lib/validation/route-params";

/** Fetches a page for "From a web address" and answers with what an import would take from it. */
export const POST = apiRoute({ params: idParams, body: webArticlePreviewSchema }, ({ user, params, body }) => previewWebArticle(user, params.id, body.url));
