import { ledgerRoutes } from "@/lib/contracts/ledger";
import { apiRoute } from "@/lib/http/api-route";
import { moveEntry } from "@/lib/ledger/change-ledger";

export const POST = apiRoute(ledgerRoutes.moveEntry, ({ user, params, body }) => moveEntry(user, params.id, body));
