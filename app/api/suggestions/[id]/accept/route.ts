import { suggestionRoutes } from "@/lib/contracts/suggestions";
import { apiRoute } from "@/lib/http/api-route";
import { acceptSuggestion } from "@/lib/suggestions/decide-suggestion";

export const POST = apiRoute(suggestionRoutes.accept, ({ user, params }) => acceptSuggestion(user, params.id));
