import { reportRoutes } from "@/lib/contracts/reports";
import { apiRoute } from "@/lib/http/api-route";
import { listPublications, publishReport, withdrawReport } from "@/lib/publishing/publish";
import { reportSubjectFrom } from "@/lib/validation/report-schemas";

/** A page of the report's publications, newest first (`?cursor=` from the last page's `next`, `?limit=`). */
export const GET = apiRoute(reportRoutes.publications, async ({ user, params, query }) => {
  const { items, next } = await listPublications(user, reportSubjectFrom(params), query);
  return { publications: items, next };
});

/** Publishes the report as editors approved it, against the version the editor looked at (`{basedOn}`, 409 when it changed since); from the second time on, `{note}` says what changed. */
export const POST = apiRoute(reportRoutes.publish, ({ user, params, body }) => publishReport(user, reportSubjectFrom(params), body));

/** Withdraws the public page: its address answers 410 from now on. */
export const DELETE = apiRoute(reportRoutes.withdraw, ({ user, params }) => withdrawReport(user, reportSubjectFrom(params)));
