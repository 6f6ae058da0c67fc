import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/page-guard";
import { NotFoundError } from "@/lib/errors/domain-error";
import { can } from "@/lib/policy/policy";
import { listPublications, previewPublication } from "@/lib/publishing/publish";
import { loadReport } from "@/lib/reports/report-data";
import { PublishPanel } from "./publish-panel";
import { ReportView } from "./report-view";

/** The report page for an article or a story; the two routes differ only in what they report on. */
export async function ReportPage({ type, id, scopeParam }: { type: "article" | "story"; id: string; scopeParam: unknown }) {
  const user = await requirePageUser();
  const scope = scopeParam === "all" ? "all" : "approved";
  const canPublish = can(user, "report.publish");
  const [report, publications, preview] = await Promise.all([
    loadReport(user, { type, id }, scope).catch((error) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
    listPublications(user, { type, id }),
    canPublish
      ? previewPublication(user, { type, id }).catch((error) => {
          // The report itself answers 404 for a subject that does not exist.
          if (error instanceof NotFoundError) return null;
          throw error;
        })
      : null,
  ]);
  return (
    <>
      <nav className="breadcrumb no-print" aria-label="Breadcrumb">
        <Link href="/">Stories</Link> › Verification report
      </nav>
      <ReportView report={report} subject={{ type, id }}>
        <PublishPanel subject={{ type, id }} initial={publications.items} initialNext={publications.next} initialPreview={preview} canPublish={canPublish} />
      </ReportView>
    </>
  );
}
