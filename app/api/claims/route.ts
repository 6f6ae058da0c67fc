import { searchClaims } from "@/lib/claims/search-claims";
import { apiRoute } from "@/lib/http/api-route";
import { claimSearchQuerySchema } from "@/lib/validation/claim-schemas";

/** The desk's memory of checks, searched (lib/claims/search-claims.ts). */
export const GET = apiRoute({ query: claimSearchQuerySchema }, ({ user, query }) => searchClaims(user, query));
