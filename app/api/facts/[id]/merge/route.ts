import { ledgerRoutes } from "@/lib/contracts/ledger";
import { apiRoute } from "@/lib/http/api-route";
import { mergeFacts } from "@/lib/ledger/change-ledger";

export const POST = apiRoute(ledgerRoutes.merge, ({ user, params, body }) => mergeFacts(user, params.id, body));
