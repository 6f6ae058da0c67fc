import { addSource } from "@/lib/annotations/add-source";
import { annotationRoutes } from "@/lib/contracts/annotations";
import { apiRoute } from "@/lib/http/api-route";

export const POST = apiRoute(annotationRoutes.addSource, ({ user, params, body }) => addSource(user, params.id, body));
