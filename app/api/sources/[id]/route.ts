import { idParams } from "@/lib/validation/route-params";
import { removeSource, updateSource } from "@/lib/annotations/update-source";
import { apiRoute } from "@/lib/http/api-route";
import { sourceRemoveQuery, sourceUpdateSchema } from "@/lib/validation/annotation-schemas";


export const PATCH = apiRoute({ params: idParams, body: sourceUpdateSchema }, ({ user, params, body }) =>
  updateSource(user, params.id, body),
);

export const DELETE = apiRoute({ params: idParams, query: sourceRemoveQuery }, ({ user, params, query }) => removeSource(user, params.id, query));
