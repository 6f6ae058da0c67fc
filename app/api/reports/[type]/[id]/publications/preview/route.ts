import { NotFoundError } from "@/lib/errors/domain-error";
import { apiRoute } from "@/lib/http/api-route";
import { previewPublication } from "@/lib/publishing/publish";
import { reportSubjectSchema } from "@/lib/validation/report-schemas";
import { reportParams } from "@/lib/validation/route-params";

/** What publishing would put out now, and the version (`basedOn`) to publish it against. */
export const GET = apiRoute({ permission: "report.publish", params: reportParams }, async ({ user, params }) => {
  const type = reportSubjectSchema.safeParse(params.type);
  if (!type.success) throw new NotFoundError("That kind of report");
  return previewPublication(user, { type: type.data, id: params.id });
});
