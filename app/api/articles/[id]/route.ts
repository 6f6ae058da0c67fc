import { idParams } from "@/lib/validation/route-params";
import { getArticle } from "@/lib/articles/get-article";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute({ params: idParams }, async ({ user, params }) => getArticle(user, params.id));
