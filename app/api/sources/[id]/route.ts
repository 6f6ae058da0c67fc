import { removeSource, updateSource } from "@/lib/annotations/update-source";
import { annotationRoutes } from "@/lib/contracts/annotations";
import { apiRoute } from "@/lib/http/api-route";

export const PATCH = apiRoute(annotationRoutes.updateSource, ({ user, params, body }) => updateSource(user, params.id, body));

export const DELETE = apiRoute(annotationRoutes.removeSource, ({ user, params, query }) => removeSource(user, params.id, query));
