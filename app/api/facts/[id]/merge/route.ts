import { apiRoute } from "@/lib/http/api-route";
import { mergeFacts } from "@/lib/ledger/change-ledger";
import { factMergeSchema } from "@/lib/validation/ledger-schemas";
import { idParams } from "@/lib/validation/route-params";

export const POST = apiRoute({ params: idParams, body: factMergeSchema }, ({ user, params, body }) => mergeFacts(user, params.id, body));
