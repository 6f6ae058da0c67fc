import { db } from "../db/client";
import { NotFoundError, ValidationError } from "../errors/domain-error";

/** A page that has not refreshed its presence for this long is taken to be gone (its instance died). */
const PRESENCE_TTL_MS = 60_000;

export interface PresenceEntry {
  connectionId: string;
  userId: string;
  name: string;
  annotationId: string | null;
  editing: boolean;
}

export async function joinPresence(connectionId: string, articleId: string, userId: string): Promise<void> {
  await db.presence.create({ data: { connectionId, articleId, userId } });
}

export async function leavePresence(connectionId: string): Promise<void> {
  await db.presence.deleteMany({ where: { connectionId } });
}

/** Keeps this instance's open pages present and forgets pages whose instance stopped refreshing. */
export async function refreshPresence(connectionIds: string[]): Promise<void> {
  const now = new Date();
  if (connectionIds.length) await db.presence.updateMany({ where: { connectionId: { in: connectionIds } }, data: { seenAt: now } });
  await db.presence.deleteMany({ where: { seenAt: { lt: new Date(now.getTime() - PRESENCE_TTL_MS) } } });
}

/** Says which annotation the person on `connectionId` has open, and whether they are changing it. */
export async function updatePresence(
  userId: string,
  articleId: string,
  input: { connectionId: string; annotationId: string | null; editing: boolean },
): Promise<void> {
  if (input.annotationId) {
    const annotation = await db.annotation.findUnique({ where: { id: input.annotationId }, select: { articleId: true } });
    if (!annotation || annotation.articleId !== articleId) throw new ValidationError("That annotation is not on this article.");
  }
  const { count } = await db.presence.updateMany({
    where: { connectionId: input.connectionId, userId, articleId },
    data: { annotationId: input.annotationId, editing: input.annotationId ? input.editing : false, seenAt: new Date() },
  });
  if (count === 0) throw new NotFoundError("That live connection");
}

export async function listPresence(articleId: string): Promise<PresenceEntry[]> {
  const rows = await db.presence.findMany({
    where: { articleId, seenAt: { gte: new Date(Date.now() - PRESENCE_TTL_MS) } },
    orderBy: { seenAt: "asc" },
    select: { connectionId: true, userId: true, annotationId: true, editing: true, user: { select: { name: true } } },
  });
  return rows.map(({ user, ...row }) => ({ ...row, name: user.name }));
}
