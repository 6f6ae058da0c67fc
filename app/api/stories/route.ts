import { listStories } from "@/lib/articles/list-stories";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute({}, async ({ user }) => ({ stories: await listStories(user) }));
