import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { getAnnotation } from "@/lib/annotations/get-annotation";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { annotationRoutes } from "@/lib/contracts/annotations";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(annotationRoutes.get, ({ user, params }) => getAnnotation(user, params.id));

export const PATCH = apiRoute(annotationRoutes.update, ({ user, params, body }) => updateAnnotation(user, params.id, body));

/** Soft delete; POST …/restore undoes it. */
export const DELETE = apiRoute(annotationRoutes.remove, ({ user, params }) => deleteAnnotation(user, params.id));
