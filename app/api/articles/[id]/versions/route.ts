import { listArticleVersions } from "@/lib/articles/versions";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute<{ id: string }>({}, async ({ user, params }) => ({ versions: await listArticleVersions(user, params.id) }));
