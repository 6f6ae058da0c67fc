import { assertCan } from "../policy/policy";
import { normalizeEmail } from "../auth/authenticate";
import { hashPassword } from "../auth/password";
import type { SessionUser } from "../auth/session";
import { runChange } from "../changes/run-change";
import { ConflictError } from "../errors/domain-error";
import type { UserCreateInput } from "../validation/user-schemas";
import { userViewSelect, type UserView } from "./user-view";

export async function createUser(actor: SessionUser, input: UserCreateInput): Promise<UserView> {
  assertCan(actor, "users.manage");
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  return runChange(actor, { desk: true }, async ({ tx, record }) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new ConflictError(`An account for ${email} already exists.`);
    }
    const user = await tx.user.create({
      data: { email, name: input.name, role: input.role, passwordHash },
      select: userViewSelect,
    });
    await record({ action: "user.created", entityId: user.id, after: { email: user.email, name: user.name, role: user.role } });
    return user;
  });
}
