import { ledgerRoutes } from "@/lib/contracts/ledger";
import { apiRoute } from "@/lib/http/api-route";
import { getLedger } from "@/lib/ledger/get-ledger";

export const GET = apiRoute(ledgerRoutes.ledger, ({ user, params }) => getLedger(user, params.id));
