import { apiRoute } from "@/lib/http/api-route";
import { listReviewQueue } from "@/lib/review/review-queue";
import { reviewQueueQuerySchema } from "@/lib/validation/review-schemas";

export const GET = apiRoute({ permission: "review.queue", query: reviewQueueQuerySchema }, async ({ user, query }) => ({
  queue: await listReviewQueue(user, query),
}));
