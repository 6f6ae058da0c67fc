import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requirePageUser } from "@/lib/auth/page-guard";
import { NotFoundError } from "@/lib/errors/domain-error";
import { can } from "@/lib/policy/policy";
import { listPublications } from "@/lib/publishing/publish";
import { loadReport } from "@/lib/reports/report-data";
import { reportPageSlice } from "@/lib/reports/report-pages";
import { PublishPanel } from "./publish-panel";
import { ReportView } from "./report-view";

const pageNumber = z.coerce.number().int().min(1).max(100_000);

/** The report page for an article or a story; the two routes differ only in what they report on. */
export async function ReportPage({ type, id, scopeParam, pageParam }: { type: "article" | "story"; id: string; scopeParam: unknown; pageParam: unknown }) {
  const user = await requirePageUser();
  const scope = scopeParam === "all" ? "all" : "approved";
  // Anything but a page number (a link cut short, a hand-typed address) shows the first page.
  const requested = pageNumber.safeParse(pageParam);
  const canPublish = can(user, "report.publish");
  const [report, publications] = await Promise.all([
    loadReport(user, { type, id }, scope).catch((error) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
    listPublications(user, { type, id }),
  ]);
  return (
    <>
      <nav className="breadcrumb no-print" aria-label="Breadcrumb">
        <Link href="/">Stories</Link> › Verification report
      </nav>
      <ReportView report={report} subject={{ type, id }} slice={reportPageSlice(report.entries.length, requested.success ? requested.data : 1)}>
        <PublishPanel subject={{ type, id }} initial={publications.items} initialNext={publications.next} canPublish={canPublish} />
      </ReportView>
    </>
  );
}
