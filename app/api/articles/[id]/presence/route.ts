import { liveRoutes } from "@/lib/contracts/live";
import { apiRoute } from "@/lib/http/api-route";
import { updatePresence } from "@/lib/realtime/presence";

export const PUT = apiRoute(liveRoutes.presence, ({ user, params, body }) => updatePresence(user.id, params.id, body));
