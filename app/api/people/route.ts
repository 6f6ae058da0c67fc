import { apiRoute } from "@/lib/http/api-route";
import { listPeople } from "@/lib/users/list-people";

export const GET = apiRoute({}, async ({ user }) => ({ people: await listPeople(user) }));
