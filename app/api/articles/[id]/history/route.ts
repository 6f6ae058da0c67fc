import { idParams } from "@/lib/validation/route-params";
import { apiRoute } from "@/lib/http/api-route";
import { getArticleHistory } from "@/lib/review/history";
import { historyQuerySchema } from "@/lib/validation/review-schemas";

/** A page of the article's history, newest first (`?cursor=` from the last page's `next`, `?limit=`). */
export const GET = apiRoute({ params: idParams, query: historyQuerySchema }, async ({ user, params, query }) => {
  const { items, next } = await getArticleHistory(user, params.id, query);
  return { history: items, next };
});
