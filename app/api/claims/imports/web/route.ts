import { apiRoute, json } from "@/lib/http/api-route";
import { importFromWeb } from "@/lib/claims/import/import-from-web";
import { claimWebImportSchema } from "@/lib/validation/claim-schemas";

/** Imports the ClaimReviews at an address: a page's markup, a JSON-LD file, or another Factmark desk's /p/feed.json. */
export const POST = apiRoute({ permission: "claims.import", body: claimWebImportSchema }, async ({ user, body }) => json(await importFromWeb(user, body.url), 201));
