import { importFromWeb } from "@/lib/claims/import/import-from-web";
import { claimRoutes } from "@/lib/contracts/claims";
import { apiRoute } from "@/lib/http/api-route";

/** Imports the ClaimReviews at an address: a page's markup, a JSON-LD file, or another Factmark desk's /p/feed.json. */
export const POST = apiRoute(claimRoutes.importWeb, ({ user, body }) => importFromWeb(user, body.url));
