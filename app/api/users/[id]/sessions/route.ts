import { idParams } from "@/lib/validation/route-params";
import { apiRoute } from "@/lib/http/api-route";
import { revokeSessions } from "@/lib/users/revoke-sessions";

/** Signs the user out on every device. Admins for anyone; everyone for themselves. */
export const DELETE = apiRoute({ params: idParams }, async ({ user, params }) => {
  await revokeSessions(user, params.id);
  return new Response(null, { status: 204 });
});
