import { reviewRoutes } from "@/lib/contracts/review";
import { apiRoute } from "@/lib/http/api-route";
import { getArticleHistory } from "@/lib/review/history";

/** A page of the article's history, newest first (`?cursor=` from the last page's `next`, `?limit=`). */
export const GET = apiRoute(reviewRoutes.articleHistory, async ({ user, params, query }) => {
  const { items, next } = await getArticleHistory(user, params.id, query);
  return { history: items, next };
});
