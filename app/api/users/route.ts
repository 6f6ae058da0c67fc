import { peopleRoutes } from "@/lib/contracts/people";
import { apiRoute } from "@/lib/http/api-route";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";

/** A page of the accounts, active ones first, by email (`?cursor=` from the last page's `next`, `?limit=`), and how many there are. */
export const GET = apiRoute(peopleRoutes.listUsers, async ({ user, query }) => {
  const { items, next, total } = await listUsers(user, query);
  return { users: items, next, total };
});

export const POST = apiRoute(peopleRoutes.createUser, ({ user, body }) => createUser(user, body));
