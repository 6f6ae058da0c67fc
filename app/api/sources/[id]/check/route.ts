import { annotationRoutes } from "@/lib/contracts/annotations";
import { apiRoute } from "@/lib/http/api-route";
import { checkSourceNow } from "@/lib/sources/check-source";

export const POST = apiRoute(annotationRoutes.checkSource, ({ user, params }) => checkSourceNow(user, params.id));
