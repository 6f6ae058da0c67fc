import { hasRole } from "../auth/roles";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { ForbiddenError } from "../errors/domain-error";
import { userViewSelect, type UserView } from "./user-view";

export async function listUsers(actor: SessionUser): Promise<UserView[]> {
  if (!hasRole(actor.role, "ADMIN")) throw new ForbiddenError("Only admins can manage users.");
  return db.user.findMany({ select: userViewSelect, orderBy: [{ disabled: "asc" }, { email: "asc" }] });
}
