import { ledgerRoutes } from "@/lib/contracts/ledger";
import { apiRoute } from "@/lib/http/api-route";
import { confirmFact } from "@/lib/ledger/confirm-fact";

/** An editor confirms the fact as they saw it (`version`), for publication. */
export const POST = apiRoute(ledgerRoutes.confirm, ({ user, params, body }) => confirmFact(user, params.id, body));
