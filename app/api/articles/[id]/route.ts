import { getArticle } from "@/lib/articles/get-article";
import { markDeskOwned } from "@/lib/articles/mark-desk-owned";
import { articleRoutes } from "@/lib/contracts/articles";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(articleRoutes.get, ({ user, params }) => getArticle(user, params.id));

/** An editor marks the article as the desk's own (its full text may be published), or not. */
export const PATCH = apiRoute(articleRoutes.markDeskOwned, ({ user, params, body }) => markDeskOwned(user, params.id, body));
