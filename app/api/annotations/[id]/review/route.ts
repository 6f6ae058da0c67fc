import { reviewRoutes } from "@/lib/contracts/review";
import { apiRoute } from "@/lib/http/api-route";
import { reviewAnnotation } from "@/lib/review/review-annotation";

/** Submit, approve (with a verdict), request changes or reject. */
export const POST = apiRoute(reviewRoutes.review, ({ user, params, body }) => reviewAnnotation(user, params.id, body));
