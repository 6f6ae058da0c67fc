import { runBookkeeping } from "../changes/bookkeeping";
import { db } from "../db/client";
import { NotFoundError, TooManyRequestsError, ValidationError } from "../errors/domain-error";

/** A page that has not refreshed its presence for this long is taken to be gone (its instance died). */
const PRESENCE_TTL_MS = 60_000;

export interface PresenceEntry {
  connectionId: string;
  userId: string;
  name: string;
  annotationId: string | null;
  editing: boolean;
}

/**
 * Records an open page (on an article, or on a whole story when `articleId` is null), unless its person already has `limit` open (429): each costs a stream and
 * a share of this server's memory. Counted under a per-person lock, so parallel opens cannot all
 * slip past; counted in the database, so every instance applies the same limit.
 */
export async function joinPresence(connectionId: string, articleId: string | null, userId: string, limit = Infinity): Promise<void> {
  await runBookkeeping(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`presence:${userId}`}))`;
    const open = await tx.presence.count({ where: { userId, seenAt: { gte: new Date(Date.now() - PRESENCE_TTL_MS) } } });
    if (open >= limit) {
      throw new TooManyRequestsError(
        `You have ${open} live pages open. Close some tabs of Factmark and this one will reconnect by itself.`,
        FEED_RETRY_SECONDS,
      );
    }
    await tx.presence.create({ data: { connectionId, articleId, userId } });
  });
}

const FEED_RETRY_SECONDS = 30;

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
