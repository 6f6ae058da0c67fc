import { exportReport, REPORT_FORMATS, reportFileName } from "@/lib/reports/export-report";
import { loadReport } from "@/lib/reports/report-data";
import { reportRoutes } from "@/lib/contracts/reports";
import { apiRoute } from "@/lib/http/api-route";
import { appOrigin } from "@/lib/http/app-origin";
import { reportSubjectFrom } from "@/lib/validation/report-schemas";

/** A verification report for an article or a story, as a download in one of six formats. */
export const GET = apiRoute(reportRoutes.download, async ({ user, params, query }) => {
  const { format, scope } = query;
  const report = await loadReport(user, reportSubjectFrom(params), scope);
  const chunks: Uint8Array[] = [];
  await exportReport(report, format, appOrigin(), (chunk) => chunks.push(chunk));
  const length = chunks.reduce((sum, c) => sum + c.byteLength, 0);
  // The whole file is made first (yielding to other requests meanwhile), so the download can
  // announce its length and the browser show real progress.
  return new Response(
    new ReadableStream({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    }),
    {
      headers: {
        "Content-Type": REPORT_FORMATS[format].type,
        "Content-Length": String(length),
        "Content-Disposition": `attachment; filename="${reportFileName(report, format)}"`,
        "Cache-Control": "no-store",
      },
    },
  );
});
