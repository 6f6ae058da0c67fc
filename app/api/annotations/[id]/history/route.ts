import { idParams } from "@/lib/validation/route-params";
import { apiRoute } from "@/lib/http/api-route";
import { getAnnotationHistory } from "@/lib/review/history";

export const GET = apiRoute({ params: idParams }, async ({ user, params }) => ({ history: await getAnnotationHistory(user, params.id) }));
