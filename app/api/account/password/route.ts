import { peopleRoutes } from "@/lib/contracts/people";
import { apiRoute } from "@/lib/http/api-route";
import { changeOwnPassword } from "@/lib/users/change-password";

/** Changes the signed-in person's password (current password required); every session of theirs ends. */
export const PUT = apiRoute(peopleRoutes.changeOwnPassword, ({ user, body }) => changeOwnPassword(user, body));
