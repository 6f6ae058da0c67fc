import { apiRoute } from "@/lib/http/api-route";
import { acceptAllSuggestions } from "@/lib/suggestions/decide-suggestion";
import { idParams } from "@/lib/validation/route-params";
import { suggestionAcceptAllSchema } from "@/lib/validation/suggestion-schemas";

export const POST = apiRoute({ params: idParams, body: suggestionAcceptAllSchema }, ({ user, params, body }) =>
  acceptAllSuggestions(user, params.id, body.kind),
);
