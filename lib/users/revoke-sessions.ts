import { recordActivity } from "../activity/record-activity";
import { hasRole } from "../auth/roles";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { ForbiddenError } from "../errors/domain-error";

/** Signs a user out on every device: sessions issued before this carry an old session version. */
export async function revokeSessions(actor: SessionUser, userId: string): Promise<void> {
  if (actor.id !== userId && !hasRole(actor.role, "ADMIN")) {
    throw new ForbiddenError("Only admins can sign other people out.");
  }
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await recordActivity(tx, { actorId: actor.id, action: "user.sessions_revoked", entityId: userId });
  });
}
