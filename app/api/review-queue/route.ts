import { reviewRoutes } from "@/lib/contracts/review";
import { apiRoute } from "@/lib/http/api-route";
import { listReviewQueue } from "@/lib/review/review-queue";

/** A page of the queue, oldest submission first (`?cursor=` from the last page's `next`, `?limit=`, and the filters). */
export const GET = apiRoute(reviewRoutes.queue, async ({ user, query }) => {
  const { items, next, total } = await listReviewQueue(user, query);
  return { queue: items, next, total };
});
