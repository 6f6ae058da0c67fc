import { ledgerRoutes } from "@/lib/contracts/ledger";
import { apiRoute } from "@/lib/http/api-route";
import { removeEntry } from "@/lib/ledger/change-ledger";

/** Takes an annotation out of the fact (`?version=` of the fact as the person saw it). */
export const DELETE = apiRoute(ledgerRoutes.removeEntry, ({ user, params, query }) =>
  removeEntry(user, params.id, { version: query.version, annotationId: params.annotationId }),
);
