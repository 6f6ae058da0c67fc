import { publicResponse } from "@/lib/publishing/public-response";

export const dynamic = "force-dynamic";

/** One published claim as a card other sites may frame: public, no sign-in (lib/publishing/public-routes.ts). */
export const GET = publicResponse;
