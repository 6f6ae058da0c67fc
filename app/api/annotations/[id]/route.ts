import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { getAnnotation } from "@/lib/annotations/get-annotation";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { apiRoute } from "@/lib/http/api-route";
import { annotationUpdateSchema, type AnnotationUpdateInput } from "@/lib/validation/annotation-schemas";

type Params = { id: string };

export const GET = apiRoute<Params>({}, ({ user, params }) => getAnnotation(user, params.id));

export const PATCH = apiRoute<Params, AnnotationUpdateInput>({ body: annotationUpdateSchema }, ({ user, params, body }) =>
  updateAnnotation(user, params.id, body),
);

/** Soft delete; POST …/restore undoes it. */
export const DELETE = apiRoute<Params>({}, ({ user, params }) => deleteAnnotation(user, params.id));
