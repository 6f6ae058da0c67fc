import { liveRoutes } from "@/lib/contracts/live";
import { apiRoute, parseInput } from "@/lib/http/api-route";
import { openStoryStream } from "@/lib/realtime/story-stream";
import { feedPositionSchema } from "@/lib/validation/live-schemas";

export const dynamic = "force-dynamic";

/** Every change to the story's articles (Server-Sent Events), for the pages that show the whole story. Every signed-in member of the desk may read it. */
export const GET = apiRoute(liveRoutes.storyEvents, async ({ request, user, params, query }) => {
  const lastEventId = request.headers.get("last-event-id");
  const { after } = lastEventId === null ? query : parseInput(feedPositionSchema, { after: lastEventId });
  const stream = await openStoryStream({ storyId: params.id, user: { id: user.id, sessionVersion: user.sessionVersion ?? 0 }, after, signal: request.signal });
  return new Response(stream, {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform", "X-Accel-Buffering": "no" },
  });
});
