import { apiRoute } from "@/lib/http/api-route";
import { confirmFact } from "@/lib/ledger/confirm-fact";
import { factConfirmSchema } from "@/lib/validation/ledger-schemas";
import { idParams } from "@/lib/validation/route-params";

/** An editor confirms the fact as they saw it (`version`), for publication. */
export const POST = apiRoute({ permission: "ledger.confirm", params: idParams, body: factConfirmSchema }, ({ user, params, body }) => confirmFact(user, params.id, body));
