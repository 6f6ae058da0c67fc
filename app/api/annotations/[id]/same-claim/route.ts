import { linkSameClaim, unlinkSameClaim } from "@/lib/claims/link-claim";
import { claimRoutes } from "@/lib/contracts/claims";
import { apiRoute } from "@/lib/http/api-route";

/** "Same claim as": the annotation makes the claim an earlier check (`checkId`) already checked. */
export const PUT = apiRoute(claimRoutes.link, ({ user, params, body }) => linkSameClaim(user, params.id, body));

/** Takes the link back. */
export const DELETE = apiRoute(claimRoutes.unlink, ({ user, params, query }) => unlinkSameClaim(user, params.id, query.version));
