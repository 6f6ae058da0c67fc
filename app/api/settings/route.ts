import { peopleRoutes } from "@/lib/contracts/people";
import { apiRoute } from "@/lib/http/api-route";
import { getSettings, updateSettings } from "@/lib/settings/settings";

export const GET = apiRoute(peopleRoutes.settings, () => getSettings());

export const PATCH = apiRoute(peopleRoutes.updateSettings, ({ user, body }) => updateSettings(user, body));
