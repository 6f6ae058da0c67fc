import { assertCan } from "../policy/policy";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { userViewSelect, type UserView } from "./user-view";

export async function listUsers(actor: SessionUser): Promise<UserView[]> {
  assertCan(actor, "users.manage");
  return db.user.findMany({ select: userViewSelect, orderBy: [{ disabled: "asc" }, { email: "asc" }] });
}
