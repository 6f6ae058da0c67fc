import { removeSource, updateSource } from "@/lib/annotations/update-source";
import { apiRoute } from "@/lib/http/api-route";
import { sourceUpdateSchema, type SourceUpdateInput } from "@/lib/validation/annotation-schemas";

type Params = { id: string };

export const PATCH = apiRoute<Params, SourceUpdateInput>({ body: sourceUpdateSchema }, ({ user, params, body }) =>
  updateSource(user, params.id, body),
);

export const DELETE = apiRoute<Params>({}, ({ user, params }) => removeSource(user, params.id));
