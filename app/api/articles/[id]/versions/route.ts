import { idParams } from "@/lib/validation/route-params";
import { listArticleVersions } from "@/lib/articles/versions";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute({ params: idParams }, async ({ user, params }) => ({ versions: await listArticleVersions(user, params.id) }));
