import { idParams } from "@/lib/validation/route-params";
import { apiRoute } from "@/lib/http/api-route";
import { reviewAnnotation } from "@/lib/review/review-annotation";
import { reviewActionSchema } from "@/lib/validation/review-schemas";

/** Submit, approve (with a verdict), request changes or reject. */
export const POST = apiRoute({ params: idParams, body: reviewActionSchema }, ({ user, params, body }) =>
  reviewAnnotation(user, params.id, body),
);
