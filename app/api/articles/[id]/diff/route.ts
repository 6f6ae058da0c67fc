import { idParams } from "@/lib/validation/route-params";
import { diffArticleVersions } from "@/lib/articles/versions";
import { apiRoute, parseQuery } from "@/lib/http/api-route";
import { versionDiffQuerySchema } from "@/lib/validation/article-schemas";

export const GET = apiRoute({ params: idParams }, async ({ user, params, request }) => {
  const { from, to } = parseQuery(request, versionDiffQuerySchema);
  const diff = await diffArticleVersions(user, params.id, from, to);
  return { changes: diff.parts, tooDifferent: diff.tooDifferent };
});
