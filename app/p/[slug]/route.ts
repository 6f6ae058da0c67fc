import { publicResponse } from "@/lib/publishing/public-response";

export const dynamic = "force-dynamic";

/** A published fact-check: public, no sign-in (lib/publishing/public-routes.ts). */
export const GET = publicResponse;
