import { restoreAnnotation } from "@/lib/annotations/delete-annotation";
import { annotationRoutes } from "@/lib/contracts/annotations";
import { apiRoute } from "@/lib/http/api-route";

export const POST = apiRoute(annotationRoutes.restore, ({ user, params }) => restoreAnnotation(user, params.id));
