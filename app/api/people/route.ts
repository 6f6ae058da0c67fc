import { peopleRoutes } from "@/lib/contracts/people";
import { apiRoute } from "@/lib/http/api-route";
import { listPeople } from "@/lib/users/list-people";

export const GET = apiRoute(peopleRoutes.people, async ({ user }) => ({ people: await listPeople(user) }));
