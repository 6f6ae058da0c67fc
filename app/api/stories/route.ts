import { listStories } from "@/lib/articles/list-stories";
import { apiRoute, json } from "@/lib/http/api-route";
import { createStory } from "@/lib/stories/manage-stories";
import { storyCreateSchema } from "@/lib/validation/article-schemas";

export const GET = apiRoute({}, async ({ user }) => ({ stories: await listStories(user) }));

export const POST = apiRoute({ permission: "story.manage", body: storyCreateSchema }, async ({ user, body }) =>
  json(await createStory(user, body), 201),
);
