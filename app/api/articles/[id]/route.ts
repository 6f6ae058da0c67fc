import { getArticle } from "@/lib/articles/get-article";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute<{ id: string }>({}, async ({ user, params }) => getArticle(user, params.id));
