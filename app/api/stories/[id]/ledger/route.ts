import { apiRoute } from "@/lib/http/api-route";
import { getLedger } from "@/lib/ledger/get-ledger";
import { idParams } from "@/lib/validation/route-params";

export const GET = apiRoute({ params: idParams }, ({ user, params }) => getLedger(user, params.id));
