import { reviewRoutes } from "@/lib/contracts/review";
import { apiRoute } from "@/lib/http/api-route";
import { getAnnotationHistory } from "@/lib/review/history";

export const GET = apiRoute(reviewRoutes.annotationHistory, async ({ user, params }) => ({ history: await getAnnotationHistory(user, params.id) }));
