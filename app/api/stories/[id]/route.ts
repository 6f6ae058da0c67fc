import { apiRoute } from "@/lib/http/api-route";
import { updateStory } from "@/lib/stories/manage-stories";
import { storyUpdateSchema, type StoryUpdateInput } from "@/lib/validation/article-schemas";

/** Rename, redescribe, archive or restore a story. */
export const PATCH = apiRoute<{ id: string }, StoryUpdateInput>({ permission: "story.manage", body: storyUpdateSchema }, ({ user, params, body }) =>
  updateStory(user, params.id, body),
);
