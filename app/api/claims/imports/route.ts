import { apiRoute, json } from "@/lib/http/api-route";
import { importClaimReviewFile } from "@/lib/claims/import/import-file";

/** Imports a ClaimReview file (multipart form, `file`) into the desk's memory as other publishers' checks. */
export const POST = apiRoute({ permission: "claims.import" }, async ({ user, request }) => json(await importClaimReviewFile(user, request), 201));
