import { apiRoute } from "@/lib/http/api-route";
import { getArticleHistory } from "@/lib/review/history";

export const GET = apiRoute<{ id: string }>({}, async ({ user, params }) => ({ history: await getArticleHistory(user, params.id) }));
