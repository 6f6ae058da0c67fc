import { suggestionRoutes } from "@/lib/contracts/suggestions";
import { apiRoute } from "@/lib/http/api-route";
import { acceptAllSuggestions } from "@/lib/suggestions/decide-suggestion";

export const POST = apiRoute(suggestionRoutes.acceptAll, ({ user, params, body }) => acceptAllSuggestions(user, params.id, body.kind));
