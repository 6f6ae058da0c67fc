import { idParams } from "@/lib/validation/route-params";
import { apiRoute } from "@/lib/http/api-route";
import { getArticleHistory } from "@/lib/review/history";

export const GET = apiRoute({ params: idParams }, async ({ user, params }) => ({ history: await getArticleHistory(user, params.id) }));
