import { apiRoute } from "@/lib/http/api-route";
import { updateUser } from "@/lib/users/update-user";
import { userUpdateSchema } from "@/lib/validation/user-schemas";

export const PATCH = apiRoute<{ id: string }, typeof userUpdateSchema._output>(
  { permission: "users.manage", body: userUpdateSchema },
  async ({ user, body, params }) => updateUser(user, params.id, body),
);
