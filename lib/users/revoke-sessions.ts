import { assertCan } from "../policy/policy";
import type { SessionUser } from "../auth/session";
import { runChange } from "../changes/run-change";

/** Signs a user out on every device: sessions issued before this carry an old session version. */
export async function revokeSessions(actor: SessionUser, userId: string): Promise<void> {
  assertCan(actor, "user.signOutEverywhere", { userId });
  await runChange(actor, { desk: true }, async ({ tx, record }) => {
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await record({ action: "user.sessions_revoked", entityId: userId });
  });
}
