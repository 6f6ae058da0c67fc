import { apiRoute } from "@/lib/http/api-route";
import { previewPublication } from "@/lib/publishing/publish";
import { reportSubjectFrom } from "@/lib/validation/report-schemas";
import { reportParams } from "@/lib/validation/route-params";

/** What publishing would put out now, and the version (`basedOn`) to publish it against. */
export const GET = apiRoute({ permission: "report.publish", params: reportParams }, ({ user, params }) => previewPublication(user, reportSubjectFrom(params)));
