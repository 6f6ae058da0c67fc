import { apiRoute } from "@/lib/http/api-route";
import { renameFact } from "@/lib/ledger/change-ledger";
import { factUpdateSchema } from "@/lib/validation/ledger-schemas";
import { idParams } from "@/lib/validation/route-params";

export const PATCH = apiRoute({ params: idParams, body: factUpdateSchema }, ({ user, params, body }) => renameFact(user, params.id, body));
