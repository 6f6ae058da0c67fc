import { idParams } from "@/lib/validation/route-params";
import { apiRoute } from "@/lib/http/api-route";
import { assignArticle } from "@/lib/review/assign";
import { assigneeSchema } from "@/lib/validation/review-schemas";

export const PUT = apiRoute({ params: idParams, permission: "work.assign", body: assigneeSchema }, ({ user, params, body }) =>
  assignArticle(user, params.id, body.assigneeId),
);
