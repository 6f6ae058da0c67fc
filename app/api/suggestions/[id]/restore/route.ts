import { apiRoute } from "@/lib/http/api-route";
import { restoreSuggestion } from "@/lib/suggestions/decide-suggestion";
import { idParams } from "@/lib/validation/route-params";

export const POST = apiRoute({ params: idParams }, ({ user, params }) => restoreSuggestion(user, params.id));
