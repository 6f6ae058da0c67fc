import { idParams } from "@/lib/validation/route-params";
import { addSource } from "@/lib/annotations/add-source";
import { apiRoute, json } from "@/lib/http/api-route";
import { sourceCreateSchema } from "@/lib/validation/annotation-schemas";

export const POST = apiRoute({ params: idParams, body: sourceCreateSchema }, async ({ user, params, body }) =>
  json(await addSource(user, params.id, body), 201),
);
