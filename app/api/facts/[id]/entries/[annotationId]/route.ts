import { apiRoute } from "@/lib/http/api-route";
import { removeEntry } from "@/lib/ledger/change-ledger";
import { factVersionQuery } from "@/lib/validation/ledger-schemas";
import { factEntryParams } from "@/lib/validation/route-params";

/** Takes an annotation out of the fact (`?version=` of the fact as the person saw it). */
export const DELETE = apiRoute({ params: factEntryParams, query: factVersionQuery }, ({ user, params, query }) =>
  removeEntry(user, params.id, { version: query.version, annotationId: params.annotationId }),
);
