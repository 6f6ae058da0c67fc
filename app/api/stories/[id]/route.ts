import { idParams } from "@/lib/validation/route-params";
import { apiRoute } from "@/lib/http/api-route";
import { updateStory } from "@/lib/stories/manage-stories";
import { storyUpdateSchema } from "@/lib/validation/article-schemas";

/** Rename, redescribe, archive or restore a story. */
export const PATCH = apiRoute({ params: idParams, permission: "story.manage", body: storyUpdateSchema }, ({ user, params, body }) =>
  updateStory(user, params.id, body),
);
