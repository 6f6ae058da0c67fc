import { peopleRoutes } from "@/lib/contracts/people";
import { apiRoute } from "@/lib/http/api-route";
import { revokeSessions } from "@/lib/users/revoke-sessions";

/** Signs the user out on every device. Admins for anyone; everyone for themselves. */
export const DELETE = apiRoute(peopleRoutes.revokeSessions, ({ user, params }) => revokeSessions(user, params.id));
