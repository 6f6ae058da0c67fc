import { apiRoute } from "@/lib/http/api-route";
import { listSuggestions } from "@/lib/suggestions/list-suggestions";
import { idParams } from "@/lib/validation/route-params";

export const GET = apiRoute({ params: idParams }, ({ user, params }) => listSuggestions(user, params.id));
