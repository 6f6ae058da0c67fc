import { apiRoute, json } from "@/lib/http/api-route";
import { listPublications, publishReport, withdrawReport } from "@/lib/publishing/publish";
import { publicationsQuerySchema, publishSchema, reportSubjectFrom } from "@/lib/validation/report-schemas";
import { reportParams } from "@/lib/validation/route-params";

/** A page of the report's publications, newest first (`?cursor=` from the last page's `next`, `?limit=`). */
export const GET = apiRoute({ params: reportParams, query: publicationsQuerySchema }, async ({ user, params, query }) => {
  const { items, next } = await listPublications(user, reportSubjectFrom(params), query);
  return json({ publications: items, next });
});

/** Publishes the report as editors approved it, against the version the editor looked at (`{basedOn}`, 409 when it changed since); from the second time on, `{note}` says what changed. */
export const POST = apiRoute({ permission: "report.publish", params: reportParams, body: publishSchema }, async ({ user, params, body }) =>
  json(await publishReport(user, reportSubjectFrom(params), body), 201),
);

/** Withdraws the public page: its address answers 410 from now on. */
export const DELETE = apiRoute({ permission: "report.publish", params: reportParams }, async ({ user, params }) => withdrawReport(user, reportSubjectFrom(params)));
