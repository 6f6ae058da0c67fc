import { ledgerRoutes } from "@/lib/contracts/ledger";
import { apiRoute } from "@/lib/http/api-route";
import { createFact } from "@/lib/ledger/change-ledger";

export const POST = apiRoute(ledgerRoutes.createFact, ({ user, params, body }) => createFact(user, params.id, body));
