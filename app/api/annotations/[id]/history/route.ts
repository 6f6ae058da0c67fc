import { reviewRoutes } from "@/lib/contracts/review";
import { apiRoute } from "@/lib/http/api-route";
import { getAnnotationHistory } from "@/lib/review/history";

/** A page of the annotation's history, oldest first (`?cursor=` from the last page's `next`, `?limit=`). */
export const GET = apiRoute(reviewRoutes.annotationHistory, async ({ user, params, query }) => {
  const { items, next } = await getAnnotationHistory(user, params.id, query);
  return { history: items, next };
});
