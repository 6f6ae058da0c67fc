import { apiRoute } from "@/lib/http/api-route";
import { resetPassword } from "@/lib/users/change-password";
import { passwordResetSchema, type PasswordResetInput } from "@/lib/validation/user-schemas";

/** An admin sets a new password for someone; their sessions end. */
export const PUT = apiRoute<{ id: string }, PasswordResetInput>({ permission: "users.manage", body: passwordResetSchema }, async ({ user, params, body }) => {
  await resetPassword(user, params.id, body);
  return new Response(null, { status: 204 });
});
