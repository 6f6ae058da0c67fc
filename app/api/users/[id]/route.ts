import { idParams } from "@/lib/validation/route-params";
import { apiRoute } from "@/lib/http/api-route";
import { updateUser } from "@/lib/users/update-user";
import { userUpdateSchema } from "@/lib/validation/user-schemas";

export const PATCH = apiRoute(
  { params: idParams, permission: "users.manage", body: userUpdateSchema },
  async ({ user, body, params }) => updateUser(user, params.id, body),
);
