import { reviewRoutes } from "@/lib/contracts/review";
import { apiRoute } from "@/lib/http/api-route";
import { getArticleHistory } from "@/lib/review/history";

export const GET = apiRoute(reviewRoutes.articleHistory, async ({ user, params }) => ({ history: await getArticleHistory(user, params.id) }));
