import { idParams } from "@/lib/validation/route-params";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { apiRoute, json } from "@/lib/http/api-route";
import { annotationCreateSchema } from "@/lib/validation/annotation-schemas";


export const GET = apiRoute({ params: idParams }, async ({ user, params }) => ({ annotations: await listAnnotations(user, params.id) }));

export const POST = apiRoute({ params: idParams, body: annotationCreateSchema }, async ({ user, params, body }) =>
  json(await createAnnotation(user, params.id, body), 201),
);
