import { suggestionRoutes } from "@/lib/contracts/suggestions";
import { apiRoute } from "@/lib/http/api-route";
import { dismissSuggestion } from "@/lib/suggestions/decide-suggestion";

export const POST = apiRoute(suggestionRoutes.dismiss, ({ user, params }) => dismissSuggestion(user, params.id));
