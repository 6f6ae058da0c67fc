import { idParams } from "@/lib/validation/route-params";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { getAnnotation } from "@/lib/annotations/get-annotation";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { apiRoute } from "@/lib/http/api-route";
import { annotationUpdateSchema } from "@/lib/validation/annotation-schemas";


export const GET = apiRoute({ params: idParams }, ({ user, params }) => getAnnotation(user, params.id));

export const PATCH = apiRoute({ params: idParams, body: annotationUpdateSchema }, ({ user, params, body }) =>
  updateAnnotation(user, params.id, body),
);

/** Soft delete; POST …/restore undoes it. */
export const DELETE = apiRoute({ params: idParams }, ({ user, params }) => deleteAnnotation(user, params.id));
