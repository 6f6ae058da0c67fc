import { apiRoute } from "@/lib/http/api-route";
import { moveEntry } from "@/lib/ledger/change-ledger";
import { factMoveSchema } from "@/lib/validation/ledger-schemas";
import { idParams } from "@/lib/validation/route-params";

export const POST = apiRoute({ params: idParams, body: factMoveSchema }, ({ user, params, body }) => moveEntry(user, params.id, body));
