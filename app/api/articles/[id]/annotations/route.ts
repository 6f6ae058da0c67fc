import { createAnnotation } from "@/lib/annotations/create-annotation";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { annotationRoutes } from "@/lib/contracts/annotations";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(annotationRoutes.list, async ({ user, params }) => ({ annotations: await listAnnotations(user, params.id) }));

export const POST = apiRoute(annotationRoutes.create, ({ user, params, body }) => createAnnotation(user, params.id, body));
