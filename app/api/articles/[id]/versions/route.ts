import { listArticleVersions } from "@/lib/articles/versions";
import { articleRoutes } from "@/lib/contracts/articles";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(articleRoutes.versions, async ({ user, params }) => ({ versions: await listArticleVersions(user, params.id) }));
