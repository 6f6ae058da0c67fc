import { idParams } from "@/lib/validation/route-params";
import { apiRoute } from "@/lib/http/api-route";
import { getAnnotationHistory } from "@/lib/review/history";
import { historyQuerySchema } from "@/lib/validation/review-schemas";

/** A page of the annotation's history, oldest first (`?cursor=` from the last page's `next`, `?limit=`). */
export const GET = apiRoute({ params: idParams, query: historyQuerySchema }, async ({ user, params, query }) => {
  const { items, next } = await getAnnotationHistory(user, params.id, query);
  return { history: items, next };
});
