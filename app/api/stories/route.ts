import { listStories } from "@/lib/articles/list-stories";
import { articleRoutes } from "@/lib/contracts/articles";
import { apiRoute } from "@/lib/http/api-route";
import { createStory } from "@/lib/stories/manage-stories";

export const GET = apiRoute(articleRoutes.listStories, async ({ user }) => ({ stories: await listStories(user) }));

export const POST = apiRoute(articleRoutes.createStory, ({ user, body }) => createStory(user, body));
