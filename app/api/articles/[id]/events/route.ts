import { liveRoutes } from "@/lib/contracts/live";
import { apiRoute, parseInput } from "@/lib/http/api-route";
import { openArticleStream } from "@/lib/realtime/article-stream";
import { feedPositionSchema } from "@/lib/validation/live-schemas";

export const dynamic = "force-dynamic";

/** The article's live feed (Server-Sent Events). Every signed-in member of the desk may read every article. */
export const GET = apiRoute(liveRoutes.articleEvents, async ({ request, user, params, query }) => {
  const lastEventId = request.headers.get("last-event-id");
  const { after } = lastEventId === null ? query : parseInput(feedPositionSchema, { after: lastEventId });
  const stream = await openArticleStream({
    articleId: params.id,
    user: { id: user.id, sessionVersion: user.sessionVersion ?? 0 },
    afterSeq: after,
    signal: request.signal,
    viewer: user,
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform keeps compression from buffering the stream.
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
});
