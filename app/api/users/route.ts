import { peopleRoutes } from "@/lib/contracts/people";
import { apiRoute } from "@/lib/http/api-route";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";

export const GET = apiRoute(peopleRoutes.listUsers, async ({ user }) => ({ users: await listUsers(user) }));

export const POST = apiRoute(peopleRoutes.createUser, ({ user, body }) => createUser(user, body));
