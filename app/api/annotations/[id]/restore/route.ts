import { idParams } from "@/lib/validation/route-params";
import { restoreAnnotation } from "@/lib/annotations/delete-annotation";
import { apiRoute } from "@/lib/http/api-route";

export const POST = apiRoute({ params: idParams }, ({ user, params }) => restoreAnnotation(user, params.id));
