import { peopleRoutes } from "@/lib/contracts/people";
import { apiRoute } from "@/lib/http/api-route";
import { resetPassword } from "@/lib/users/change-password";

/** An admin sets a new password for someone; their sessions end. */
export const PUT = apiRoute(peopleRoutes.resetPassword, ({ user, params, body }) => resetPassword(user, params.id, body));
