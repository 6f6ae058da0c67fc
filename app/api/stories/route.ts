import { listStories } from "@/lib/articles/list-stories";
import { apiRoute, json } from "@/lib/http/api-route";
import { createStory } from "@/lib/stories/manage-stories";
import { storyCreateSchema, storyListQuerySchema } from "@/lib/validation/article-schemas";

/** A page of open stories, newest first (`?cursor=` from the last page's `next`, `?limit=`, `?q=` words of the title). */
export const GET = apiRoute({ query: storyListQuerySchema }, async ({ user, query }) => {
  const { items, next } = await listStories(user, query);
  return { stories: items, next };
});

export const POST = apiRoute({ permission: "story.manage", body: storyCreateSchema }, async ({ user, body }) =>
  json(await createStory(user, body), 201),
);
