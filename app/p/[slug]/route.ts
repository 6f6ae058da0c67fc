import { toResponse } from "@/lib/publishing/public-response";
import { answerPublicPage } from "@/lib/publishing/serve-public";
import { publicSlugParams } from "@/lib/validation/route-params";

export const dynamic = "force-dynamic";

/** A published fact-check: public, no sign-in (lib/publishing/serve-public.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const parsed = publicSlugParams.safeParse(await params);
  return toResponse(await answerPublicPage(parsed.success ? parsed.data.slug : "", request.headers.get("if-none-match")));
}
