import { apiRoute } from "@/lib/http/api-route";
import { listSuggestions } from "@/lib/suggestions/list-suggestions";
import { idParams } from "@/lib/validation/route-params";
import { suggestionListQuerySchema } from "@/lib/validation/suggestion-schemas";

export const GET = apiRoute({ params: idParams, query: suggestionListQuerySchema }, ({ user, params, query }) => listSuggestions(user, params.id, query.order));
