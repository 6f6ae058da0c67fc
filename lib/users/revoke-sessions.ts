import { assertCan } from "../policy/policy";
import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";

/** Signs a user out on every device: sessions issued before this carry an old session version. */
export async function revokeSessions(actor: SessionUser, userId: string): Promise<void> {
  assertCan(actor, "user.signOutEverywhere", { userId });
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await recordActivity(tx, { actorId: actor.id, action: "user.sessions_revoked", entityId: userId });
  });
}
