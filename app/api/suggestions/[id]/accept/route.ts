import { apiRoute, json } from "@/lib/http/api-route";
import { acceptSuggestion } from "@/lib/suggestions/decide-suggestion";
import { idParams } from "@/lib/validation/route-params";

export const POST = apiRoute({ params: idParams }, async ({ user, params }) => json(await acceptSuggestion(user, params.id), 201));
