import { reattachAnnotation } from "@/lib/annotations/reattach-annotation";
import { annotationRoutes } from "@/lib/contracts/annotations";
import { apiRoute } from "@/lib/http/api-route";

/** Re-attaches an annotation to newly selected text (for orphaned annotations). */
export const PUT = apiRoute(annotationRoutes.reattach, ({ user, params, body }) => reattachAnnotation(user, params.id, body));
