import { suggestionRoutes } from "@/lib/contracts/suggestions";
import { apiRoute } from "@/lib/http/api-route";
import { listSuggestions } from "@/lib/suggestions/list-suggestions";

export const GET = apiRoute(suggestionRoutes.list, ({ user, params, query }) => listSuggestions(user, params.id, query.order));
