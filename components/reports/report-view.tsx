import { Link } from "@/components/ui/link";
import type { ReportData } from "@/lib/reports/report-data";
import type { ReportPageSlice } from "@/lib/reports/report-pages";
import { agreementLabel } from "@/lib/vocabulary/labels";
import { KIND_LABELS, STATUS_LABELS } from "@/lib/vocabulary/labels";
import { DownloadButtons } from "./download-buttons";
import { ReportEntries } from "./report-entries";
import type { ReportSubject } from "../api/reports";

const counts = (values: Record<string, number>, names: Record<string, string> = {}) =>
  Object.entries(values).map(([k, n]) => `${names[k] ?? k} ${n}`).join(" · ") || "none";

/** The verification report on screen; the print stylesheet turns the same page into a document. */
export function ReportView({ report, subject, slice, children }: { report: ReportData; subject: ReportSubject; slice: ReportPageSlice; children?: React.ReactNode }) {
  const other = report.scope === "approved" ? "all" : "approved";
  return (
    <article className="report">
      <h1>Verification report: {report.title}</h1>
      <p className="muted">
        {report.scope === "approved" ? "Approved annotations only" : "All annotations"} · generated {report.generatedAt.slice(0, 16).replace("T", " ")} UTC ·{" "}
        <Link className="no-print" href={`?scope=${other}`}>
          Show {other === "all" ? "everything" : "approved only"}
        </Link>
      </p>
      <DownloadButtons subject={subject} scope={report.scope} />
      {children}
      <section aria-labelledby="report-articles">
        <h2 id="report-articles">Articles</h2>
        <ul>
          {report.articles.map((a) => (
            <li key={a.id}>
              <Link href={`/articles/${a.id}`}>{a.title}</Link>
              <span className="muted"> · {[a.outlet, a.publishedAt].filter(Boolean).join(" · ") || "outlet and date not given"} · version {a.version}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="report-summary">
        <h2 id="report-summary">Summary</h2>
        <dl className="article-meta">
          <dt>Annotations</dt>
          <dd>{report.entries.length}</dd>
          <dt>By kind</dt>
          <dd>{counts(report.summary.byKind, KIND_LABELS)}</dd>
          <dt>By status</dt>
          <dd>{counts(report.summary.byStatus, STATUS_LABELS)}</dd>
          <dt>By verdict</dt>
          <dd>{counts(report.summary.byVerdict)}</dd>
        </dl>
      </section>
      {subject.type === "story" && (
        <section aria-labelledby="report-ledger">
          <h2 id="report-ledger">Ledger</h2>
          {report.ledger.length === 0 ? (
            <p className="empty">
              No confirmed facts. <Link href={`/stories/${subject.id}/ledger`}>Open the ledger</Link> to confirm the facts its articles report.
            </p>
          ) : (
            <ul className="report-ledger">
              {report.ledger.map((fact, i) => (
                <li key={i}>
                  <strong>{fact.label}</strong>: {agreementLabel(fact)}
                  <ul>
                    {fact.values.map((v) => (
                      <li key={v.annotationId}>
                        {v.articleTitle}: {v.value} <span className="muted">(“{v.quote}”)</span>
                      </li>
                    ))}
                    {fact.notes.map((note) => (
                      <li key={note} className="muted">
                        {note}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <ReportEntries report={report} slice={slice} />
    </article>
  );
}
