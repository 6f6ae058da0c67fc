import { suggestionRoutes } from "@/lib/contracts/suggestions";
import { apiRoute } from "@/lib/http/api-route";
import { restoreSuggestion } from "@/lib/suggestions/decide-suggestion";

export const POST = apiRoute(suggestionRoutes.restore, ({ user, params }) => restoreSuggestion(user, params.id));
