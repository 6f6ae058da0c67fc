import { assertCan } from "../policy/policy";
import type { SessionUser } from "../auth/session";
import { runChange } from "../changes/run-change";
import { NotFoundError } from "../errors/domain-error";
import type { StoryCreateInput, StoryUpdateInput } from "../validation/article-schemas";

export async function createStory(actor: SessionUser, input: StoryCreateInput) {
  assertCan(actor, "story.manage");
  // A story's own records are filed in its history (with its ledger's), not under any article.
  return runChange(actor, { desk: true }, async ({ tx, record }) => {
    const story = await tx.story.create({ data: { title: input.title, description: input.description ?? "" } });
    await record({ action: "story.created", entityId: story.id, storyId: story.id, after: { title: story.title } });
    return story;
  });
}

/** Renames, redescribes, archives (hidden from the dashboard, kept whole) or restores a story. */
export async function updateStory(actor: SessionUser, storyId: string, input: StoryUpdateInput) {
  assertCan(actor, "story.manage");
  // No story lock: it refuses an archived story, and restoring one is a change to it.
  return runChange(actor, { desk: true }, async ({ tx, record }) => {
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
    await record({
      action: "story.updated",
      entityId: storyId,
      storyId,
      before: { title: before.title, description: before.description, archived: before.archivedAt !== null },
      after: { title: story.title, description: story.description, archived: story.archivedAt !== null },
    });
    return story;
  });
}
