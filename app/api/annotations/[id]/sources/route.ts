import { addSource } from "@/lib/annotations/add-source";
import { apiRoute, json } from "@/lib/http/api-route";
import { sourceCreateSchema, type SourceCreateInput } from "@/lib/validation/annotation-schemas";

export const POST = apiRoute<{ id: string }, SourceCreateInput>({ body: sourceCreateSchema }, async ({ user, params, body }) =>
  json(await addSource(user, params.id, body), 201),
);
