import { apiRoute } from "@/lib/http/api-route";
import { checkSourceNow } from "@/lib/sources/check-source";
import { idParams } from "@/lib/validation/route-params";

export const POST = apiRoute({ params: idParams, permission: "source.check" }, ({ user, params }) => checkSourceNow(user, params.id));
