import { apiRoute, json } from "@/lib/http/api-route";
import { createFact } from "@/lib/ledger/change-ledger";
import { factCreateSchema } from "@/lib/validation/ledger-schemas";
import { idParams } from "@/lib/validation/route-params";

export const POST = apiRoute({ params: idParams, body: factCreateSchema }, async ({ user, params, body }) => json(await createFact(user, params.id, body), 201));
