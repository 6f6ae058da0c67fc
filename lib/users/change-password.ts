import { assertCan } from "../policy/policy";
import { hashPassword, verifyPassword } from "../auth/password";
import type { SessionUser } from "../auth/session";
import { runChange } from "../changes/run-change";
import { db } from "../db/client";
import { NotFoundError, ValidationError } from "../errors/domain-error";
import type { PasswordChangeInput, PasswordResetInput } from "../validation/user-schemas";

/**
 * Writes a new password and ends every session of the user (their session version moves on), so
 * someone who knew the old password and signed in with it is out too. The audit record says that
 * it happened, never the password or its hash.
 */
async function setPassword(actorId: string, userId: string, password: string, action: "user.password_changed" | "user.password_reset") {
  const passwordHash = await hashPassword(password);
  await runChange({ id: actorId }, { desk: true }, async ({ tx, record }) => {
    const { count } = await tx.user.updateMany({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    if (count === 0) throw new NotFoundError("That user");
    await record({ action, entityId: userId });
  });
}

/** A person changes their own password; the current one is required, so an open laptop is not enough. */
export async function changeOwnPassword(actor: SessionUser, input: PasswordChangeInput): Promise<void> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!user) throw new NotFoundError("Your account");
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new ValidationError("Your current password is not right.");
  }
  if (input.currentPassword === input.newPassword) throw new ValidationError("Choose a new password that differs from the current one.");
  await setPassword(actor.id, actor.id, input.newPassword, "user.password_changed");
}

/** An admin sets a new password for someone (who forgot theirs, or a demo account before going live). */
export async function resetPassword(actor: SessionUser, userId: string, input: PasswordResetInput): Promise<void> {
  assertCan(actor, "users.manage");
  if (userId === actor.id) throw new ValidationError("Change your own password under Account, with your current password.");
  await setPassword(actor.id, userId, input.newPassword, "user.password_reset");
}
