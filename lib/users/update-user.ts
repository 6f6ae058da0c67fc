import { z } from "zod";
import { assertCan } from "../policy/policy";
import type { SessionUser } from "../auth/session";
import { runChange } from "../changes/run-change";
import { NotFoundError, ValidationError } from "../errors/domain-error";
import type { UserUpdateInput } from "../validation/user-schemas";
import { userViewSelect, type UserView } from "./user-view";

const idRow = z.object({ id: z.string() });

/**
 * Changes a user's role or disabled flag. Disabling revokes the user's sessions (their session
 * version moves on); a role change applies on their next request because the role is read from
 * the database each time. The last active admin can be neither demoted nor disabled.
 */
export async function updateUser(actor: SessionUser, userId: string, input: UserUpdateInput): Promise<UserView> {
  assertCan(actor, "users.manage");
  if (userId === actor.id && input.disabled) throw new ValidationError("You cannot disable your own account.");

  return runChange(actor, { desk: true }, async ({ tx, record }) => {
    // Lock the active admins so two admins demoting each other at once cannot both succeed.
    const admins = (await tx.$queryRaw<unknown[]>`
      SELECT id FROM "User" WHERE role = 'ADMIN' AND disabled = false FOR UPDATE`).map((row) => idRow.parse(row));
    const before = await tx.user.findUnique({ where: { id: userId }, select: userViewSelect });
    if (!before) throw new NotFoundError("That user");

    const losesAdmin =
      before.role === "ADMIN" && !before.disabled && ((input.role && input.role !== "ADMIN") || input.disabled === true);
    if (losesAdmin && admins.length <= 1) {
      throw new ValidationError("This is the last active admin. Make someone else an admin first.");
    }

    const disabling = input.disabled === true && !before.disabled;
    const after = await tx.user.update({
      where: { id: userId },
      data: {
        role: input.role,
        disabled: input.disabled,
        ...(disabling ? { sessionVersion: { increment: 1 } } : {}),
      },
      select: userViewSelect,
    });
    await record({
      action: "user.updated",
      entityId: userId,
      before: { role: before.role, disabled: before.disabled },
      after: { role: after.role, disabled: after.disabled },
    });
    return after;
  });
}
