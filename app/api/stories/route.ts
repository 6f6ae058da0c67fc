import { listStories } from "@/lib/articles/list-stories";
import { articleRoutes } from "@/lib/contracts/articles";
import { apiRoute } from "@/lib/http/api-route";
import { createStory } from "@/lib/stories/manage-stories";

/** A page of open stories, newest first (`?cursor=` from the last page's `next`, `?limit=`, `?q=` words of the title). */
export const GET = apiRoute(articleRoutes.listStories, async ({ user, query }) => {
  const { items, next } = await listStories(user, query);
  return { stories: items, next };
});

export const POST = apiRoute(articleRoutes.createStory, ({ user, body }) => createStory(user, body));
