import { ledgerRoutes } from "@/lib/contracts/ledger";
import { apiRoute } from "@/lib/http/api-route";
import { dismissProposal } from "@/lib/ledger/change-ledger";

export const POST = apiRoute(ledgerRoutes.dismissProposal, ({ user, params, body }) => dismissProposal(user, params.id, body.annotationIds));
