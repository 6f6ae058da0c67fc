import { linkSameClaim, unlinkSameClaim } from "@/lib/claims/link-claim";
import { apiRoute } from "@/lib/http/api-route";
import { claimLinkSchema, claimUnlinkQuerySchema } from "@/lib/validation/claim-schemas";
import { idParams } from "@/lib/validation/route-params";

/** "Same claim as": the annotation makes the claim an earlier check (`checkId`) already checked. */
export const PUT = apiRoute({ params: idParams, body: claimLinkSchema }, ({ user, params, body }) => linkSameClaim(user, params.id, body));

/** Takes the link back. */
export const DELETE = apiRoute({ params: idParams, query: claimUnlinkQuerySchema }, ({ user, params, query }) => unlinkSameClaim(user, params.id, query.version));
