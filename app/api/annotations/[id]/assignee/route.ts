import { reviewRoutes } from "@/lib/contracts/review";
import { apiRoute } from "@/lib/http/api-route";
import { assignAnnotation } from "@/lib/review/assign";

export const PUT = apiRoute(reviewRoutes.assignAnnotation, ({ user, params, body }) => assignAnnotation(user, params.id, body.assigneeId));
