import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/page-guard";
import { NotFoundError } from "@/lib/errors/domain-error";
import { loadReport } from "@/lib/reports/report-data";
import { ReportView } from "./report-view";

/** The report page for an article or a story; the two routes differ only in what they report on. */
export async function ReportPage({ type, id, scopeParam }: { type: "article" | "story"; id: string; scopeParam: unknown }) {
  const user = await requirePageUser();
  const scope = scopeParam === "all" ? "all" : "approved";
  const report = await loadReport(user, { type, id }, scope).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <>
      <nav className="breadcrumb no-print" aria-label="Breadcrumb">
        <Link href="/">Stories</Link> › Verification report
      </nav>
      <ReportView report={report} subject={{ type, id }} />
    </>
  );
}
