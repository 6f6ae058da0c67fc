import { findMatches } from "@/lib/claims/find-matches";
import { claimRoutes } from "@/lib/contracts/claims";
import { apiRoute } from "@/lib/http/api-route";

/** The closest earlier checks of the annotation's claim from other stories, best first (at most 10). */
export const GET = apiRoute(claimRoutes.matches, async ({ user, params }) => ({ matches: await findMatches(user, params.id) }));
