import { findSpanMatches } from "@/lib/claims/find-span-matches";
import { claimRoutes } from "@/lib/contracts/claims";
import { apiRoute } from "@/lib/http/api-route";

/** Whether the desk has checked these spans of the article (its suggestions) before: the closest earlier checks of each, from other stories. */
export const POST = apiRoute(claimRoutes.spanMatches, async ({ user, params, body }) => ({ spans: await findSpanMatches(user, params.id, body.spans) }));
