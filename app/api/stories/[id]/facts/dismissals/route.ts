import { apiRoute, json } from "@/lib/http/api-route";
import { dismissProposal } from "@/lib/ledger/change-ledger";
import { factDismissSchema } from "@/lib/validation/ledger-schemas";
import { idParams } from "@/lib/validation/route-params";

export const POST = apiRoute({ params: idParams, body: factDismissSchema }, async ({ user, params, body }) =>
  json(await dismissProposal(user, params.id, body.annotationIds), 201),
);
