import { reviewRoutes } from "@/lib/contracts/review";
import { apiRoute } from "@/lib/http/api-route";
import { assignArticle } from "@/lib/review/assign";

export const PUT = apiRoute(reviewRoutes.assignArticle, ({ user, params, body }) => assignArticle(user, params.id, body.assigneeId));
