import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { NotFoundError } from "../errors/domain-error";

export async function getStory(viewer: SessionUser, storyId: string) {
  void viewer; // Every signed-in member of the desk may read every story.
  const story = await db.story.findUnique({ where: { id: storyId }, select: { id: true, title: true, description: true, archivedAt: true } });
  if (!story) throw new NotFoundError("That story");
  return story;
}
