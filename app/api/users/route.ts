import { apiRoute, json } from "@/lib/http/api-route";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";
import { userCreateSchema, userListQuerySchema } from "@/lib/validation/user-schemas";

/** A page of the accounts, active ones first, by email (`?cursor=` from the last page's `next`, `?limit=`), and how many there are. */
export const GET = apiRoute({ permission: "users.manage", query: userListQuerySchema }, async ({ user, query }) => {
  const { items, next, total } = await listUsers(user, query);
  return { users: items, next, total };
});

export const POST = apiRoute({ permission: "users.manage", body: userCreateSchema }, async ({ user, body }) =>
  json(await createUser(user, body), 201),
);
