import { idParams } from "@/lib/validation/route-params";
import { apiRoute } from "@/lib/http/api-route";
import { resetPassword } from "@/lib/users/change-password";
import { passwordResetSchema } from "@/lib/validation/user-schemas";

/** An admin sets a new password for someone; their sessions end. */
export const PUT = apiRoute({ params: idParams, permission: "users.manage", body: passwordResetSchema }, async ({ user, params, body }) => {
  await resetPassword(user, params.id, body);
  return new Response(null, { status: 204 });
});
