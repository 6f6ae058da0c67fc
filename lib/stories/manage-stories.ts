import { assertCan } from "../policy/policy";
import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { NotFoundError } from "../errors/domain-error";
import type { StoryCreateInput, StoryUpdateInput } from "../validation/article-schemas";

export async function createStory(actor: SessionUser, input: StoryCreateInput) {
  assertCan(actor, "story.manage");
  return db.$transaction(async (tx) => {
    const story = await tx.story.create({ data: { title: input.title, description: input.description ?? "" } });
    await recordActivity(tx, { actorId: actor.id, action: "story.created", entityId: story.id, after: { title: story.title } });
    return story;
  });
}

/** Renames, redescribes, archives (hidden from the dashboard, kept whole) or restores a story. */
export async function updateStory(actor: SessionUser, storyId: string, input: StoryUpdateInput) {
  assertCan(actor, "story.manage");
  return db.$transaction(async (tx) => {
    const before = await tx.story.findUnique({ where: { id: storyId } });
    if (!before) throw new NotFoundError("That story");
    const story = await tx.story.update({
      where: { id: storyId },
      data: {
        title: input.title,
        description: input.description,
        archivedAt: input.archived === undefined ? undefined : input.archived ? (before.archivedAt ?? new Date()) : null,
      },
    });
    await recordActivity(tx, {
      actorId: actor.id,
      action: "story.updated",
      entityId: storyId,
      before: { title: before.title, description: before.description, archived: before.archivedAt !== null },
      after: { title: story.title, description: story.description, archived: story.archivedAt !== null },
    });
    return story;
  });
}
