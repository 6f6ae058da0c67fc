import { formatIssues } from "@/lib/validation/format-issues";
import { toResponse } from "@/lib/publishing/public-response";
import { answerFeed } from "@/lib/publishing/serve-public";
import { feedQuerySchema } from "@/lib/validation/report-schemas";

export const dynamic = "force-dynamic";

/** The published ClaimReviews for aggregators, newest first, a page at a time: public, no sign-in. */
export async function GET(request: Request) {
  const query = feedQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return Response.json({ error: formatIssues(query.error), code: "invalid_input" }, { status: 400 });
  return toResponse(await answerFeed(query.data.page));
}
