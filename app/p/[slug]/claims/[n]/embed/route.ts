import { toResponse } from "@/lib/publishing/public-response";
import { answerEmbed } from "@/lib/publishing/serve-public";
import { publicEmbedParams } from "@/lib/validation/route-params";

export const dynamic = "force-dynamic";

/** One published claim as a card other sites may frame: public, no sign-in. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; n: string }> }) {
  const parsed = publicEmbedParams.safeParse(await params);
  return toResponse(await answerEmbed(parsed.success ? parsed.data.slug : "", parsed.success ? parsed.data.n : 0, request.headers.get("if-none-match")));
}
