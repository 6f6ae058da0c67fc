import { assertCan } from "../policy/policy";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { pageOf, type Page } from "../paging/keyset";
import type { UserListQuery } from "../validation/user-schemas";
import { userViewSelect, type UserView } from "./user-view";

export const USERS_PER_PAGE = 100;

/** The people after `[disabled, email]` in the list's order: active people first, then disabled ones, each by email (unique). */
function after([disabled, email]: readonly [boolean, string]): Prisma.UserWhereInput {
  // Prisma has no "greater than" for a boolean: the two groups are spelled out.
  return disabled ? { disabled: true, email: { gt: email } } : { OR: [{ disabled: false, email: { gt: email } }, { disabled: true }] };
}

/** A page of the desk's accounts, active ones first, by email; and how many there are in all. */
export async function listUsers(actor: SessionUser, query: UserListQuery = {}): Promise<Page<UserView> & { total: number }> {
  assertCan(actor, "users.manage");
  const limit = query.limit ?? USERS_PER_PAGE;
  const [rows, total] = await Promise.all([
    db.user.findMany({ where: query.cursor ? after(query.cursor) : {}, select: userViewSelect, orderBy: [{ disabled: "asc" }, { email: "asc" }], take: limit + 1 }),
    db.user.count(),
  ]);
  return { ...pageOf(rows, limit, (row) => [row.disabled, row.email]), total };
}
