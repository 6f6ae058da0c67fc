import { searchStoryAnnotations } from "@/lib/annotations/search-annotations";
import { annotationRoutes } from "@/lib/contracts/annotations";
import { apiRoute } from "@/lib/http/api-route";

/** Annotations anywhere in this article's story whose quote matches `q` (for corroboration). */
export const GET = apiRoute(annotationRoutes.search, async ({ user, params, query }) => ({
  results: await searchStoryAnnotations(user, params.id, query.q),
}));
