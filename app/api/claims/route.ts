import { searchClaims } from "@/lib/claims/search-claims";
import { claimRoutes } from "@/lib/contracts/claims";
import { apiRoute } from "@/lib/http/api-route";

/** The desk's memory of checks, searched (lib/claims/search-claims.ts). */
export const GET = apiRoute(claimRoutes.search, ({ user, query }) => searchClaims(user, query));
