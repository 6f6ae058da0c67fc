import { publicResponse } from "@/lib/publishing/public-response";

export const dynamic = "force-dynamic";

/** The published ClaimReviews for aggregators, newest first, a page at a time: public, no sign-in (lib/publishing/public-routes.ts). */
export const GET = publicResponse;
