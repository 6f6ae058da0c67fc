import { peopleRoutes } from "@/lib/contracts/people";
import { apiRoute } from "@/lib/http/api-route";
import { updateUser } from "@/lib/users/update-user";

export const PATCH = apiRoute(peopleRoutes.updateUser, ({ user, body, params }) => updateUser(user, params.id, body));
