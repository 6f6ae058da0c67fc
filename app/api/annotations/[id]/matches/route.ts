import { findMatches } from "@/lib/claims/find-matches";
import { apiRoute } from "@/lib/http/api-route";
import { idParams } from "@/lib/validation/route-params";

/** The closest earlier checks of the annotation's claim from other stories, best first (at most 10). */
export const GET = apiRoute({ params: idParams }, async ({ user, params }) => ({ matches: await findMatches(user, params.id) }));
