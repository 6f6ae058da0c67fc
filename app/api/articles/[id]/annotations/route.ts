import { createAnnotation } from "@/lib/annotations/create-annotation";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { apiRoute, json } from "@/lib/http/api-route";
import { annotationCreateSchema, type AnnotationCreateInput } from "@/lib/validation/annotation-schemas";

type Params = { id: string };

export const GET = apiRoute<Params>({}, async ({ user, params }) => ({ annotations: await listAnnotations(user, params.id) }));

export const POST = apiRoute<Params, AnnotationCreateInput>({ body: annotationCreateSchema }, async ({ user, params, body }) =>
  json(await createAnnotation(user, params.id, body), 201),
);
