import { idParams } from "@/lib/validation/route-params";
import { searchStoryAnnotations } from "@/lib/annotations/search-annotations";
import { apiRoute } from "@/lib/http/api-route";
import { annotationSearchSchema } from "@/lib/validation/annotation-schemas";

/** Annotations anywhere in this article's story whose quote matches `q` (for corroboration). */
export const GET = apiRoute({ params: idParams, query: annotationSearchSchema }, async ({ user, params, query }) => ({
  results: await searchStoryAnnotations(user, params.id, query.q),
}));
