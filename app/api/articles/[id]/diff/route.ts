import { idParams } from "@/lib/validation/route-params";
import { diffArticleVersions } from "@/lib/articles/versions";
import { apiRoute } from "@/lib/http/api-route";
import { versionDiffQuerySchema } from "@/lib/validation/article-schemas";

export const GET = apiRoute({ params: idParams, query: versionDiffQuerySchema }, async ({ user, params, query }) => {
  const diff = await diffArticleVersions(user, params.id, query.from, query.to);
  return { changes: diff.parts, tooDifferent: diff.tooDifferent };
});
