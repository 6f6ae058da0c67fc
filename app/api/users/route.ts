import { apiRoute, json } from "@/lib/http/api-route";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";
import { userCreateSchema } from "@/lib/validation/user-schemas";

export const GET = apiRoute({ permission: "users.manage" }, async ({ user }) => ({ users: await listUsers(user) }));

export const POST = apiRoute({ permission: "users.manage", body: userCreateSchema }, async ({ user, body }) =>
  json(await createUser(user, body), 201),
);
