import { idParams } from "@/lib/validation/route-params";
import { getArticle } from "@/lib/articles/get-article";
import { markDeskOwned } from "@/lib/articles/mark-desk-owned";
import { apiRoute } from "@/lib/http/api-route";
import { articleUpdateSchema } from "@/lib/validation/article-schemas";

export const GET = apiRoute({ params: idParams }, async ({ user, params }) => getArticle(user, params.id));

/** An editor marks the article as the desk's own (its full text may be published), or not. */
export const PATCH = apiRoute({ permission: "article.markOwn", params: idParams, body: articleUpdateSchema }, async ({ user, params, body }) => markDeskOwned(user, params.id, body));
