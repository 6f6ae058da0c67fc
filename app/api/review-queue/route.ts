import { apiRoute, parseQuery } from "@/lib/http/api-route";
import { listReviewQueue } from "@/lib/review/review-queue";
import { reviewQueueQuerySchema } from "@/lib/validation/review-schemas";

export const GET = apiRoute({ permission: "review.queue" }, async ({ user, request }) => ({
  queue: await listReviewQueue(user, parseQuery(request, reviewQueueQuerySchema)),
}));
