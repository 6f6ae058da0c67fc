import { articleRoutes } from "@/lib/contracts/articles";
import { apiRoute } from "@/lib/http/api-route";
import { updateStory } from "@/lib/stories/manage-stories";

/** Rename, redescribe, archive or restore a story. */
export const PATCH = apiRoute(articleRoutes.updateStory, ({ user, params, body }) => updateStory(user, params.id, body));
