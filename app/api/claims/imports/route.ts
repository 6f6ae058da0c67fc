import { importClaimReviewFile } from "@/lib/claims/import/import-file";
import { claimRoutes } from "@/lib/contracts/claims";
import { apiRoute } from "@/lib/http/api-route";

/** Imports a ClaimReview file (multipart form, `file`) into the desk's memory as other publishers' checks. */
export const POST = apiRoute(claimRoutes.importFile, ({ user, request }) => importClaimReviewFile(user, request));
