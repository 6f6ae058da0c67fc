import { ledgerRoutes } from "@/lib/contracts/ledger";
import { apiRoute } from "@/lib/http/api-route";
import { renameFact } from "@/lib/ledger/change-ledger";

export const PATCH = apiRoute(ledgerRoutes.rename, ({ user, params, body }) => renameFact(user, params.id, body));
