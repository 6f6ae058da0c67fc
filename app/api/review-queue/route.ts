import { reviewRoutes } from "@/lib/contracts/review";
import { apiRoute } from "@/lib/http/api-route";
import { listReviewQueue } from "@/lib/review/review-queue";

export const GET = apiRoute(reviewRoutes.queue, async ({ user, query }) => ({ queue: await listReviewQueue(user, query) }));
