import { apiRoute } from "@/lib/http/api-route";
import { changeOwnPassword } from "@/lib/users/change-password";
import { passwordChangeSchema } from "@/lib/validation/user-schemas";

/** Changes the signed-in person's password (current password required); every session of theirs ends. */
export const PUT = apiRoute({ body: passwordChangeSchema }, async ({ user, body }) => {
  await changeOwnPassword(user, body);
  return new Response(null, { status: 204 });
});
