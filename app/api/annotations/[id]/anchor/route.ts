import { idParams } from "@/lib/validation/route-params";
import { reattachAnnotation } from "@/lib/annotations/reattach-annotation";
import { apiRoute } from "@/lib/http/api-route";
import { annotationReattachSchema } from "@/lib/validation/annotation-schemas";

/** Re-attaches an annotation to newly selected text (for orphaned annotations). */
export const PUT = apiRoute(
  { params: idParams, body: annotationReattachSchema },
  ({ user, params, body }) => reattachAnnotation(user, params.id, body),
);
