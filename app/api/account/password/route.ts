import { apiRoute } from "@/lib/http/api-route";
import { changeOwnPassword } from "@/lib/users/change-password";
import { passwordChangeSchema, type PasswordChangeInput } from "@/lib/validation/user-schemas";

/** Changes the signed-in person's password (current password required); every session of theirs ends. */
export const PUT = apiRoute<Record<string, never>, PasswordChangeInput>({ body: passwordChangeSchema }, async ({ user, body }) => {
  await changeOwnPassword(user, body);
  return new Response(null, { status: 204 });
});
