import { diffArticleVersions } from "@/lib/articles/versions";
import { articleRoutes } from "@/lib/contracts/articles";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(articleRoutes.diff, async ({ user, params, query }) => {
  const diff = await diffArticleVersions(user, params.id, query.from, query.to);
  return { changes: diff.parts, tooDifferent: diff.tooDifferent };
});
