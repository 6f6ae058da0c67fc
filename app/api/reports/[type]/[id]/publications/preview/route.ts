import { reportRoutes } from "@/lib/contracts/reports";
import { apiRoute } from "@/lib/http/api-route";
import { previewPublication } from "@/lib/publishing/publish";
import { reportSubjectFrom } from "@/lib/validation/report-schemas";

/** What publishing would put out now, and the version (`basedOn`) to publish it against. */
export const GET = apiRoute(reportRoutes.preview, ({ user, params }) => previewPublication(user, reportSubjectFrom(params)));
