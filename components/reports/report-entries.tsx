import { Link } from "@/components/ui/link";
import type { ReportData } from "@/lib/reports/report-data";
import { RELATION_NAMES, sameClaimNote } from "@/lib/reports/labels";
import type { ReportPageSlice } from "@/lib/reports/report-pages";
import { archiveDate } from "@/lib/sources/archive-date";
import { KIND_LABELS, STATUS_LABELS } from "@/lib/vocabulary/labels";

/** Where another page of the same report (and scope) is. Not prefetched: each page is a whole report read. */
const pageHref = (report: ReportData, page: number) => `?scope=${report.scope}&page=${page}`;

/** Which entries this page shows, and the way to the others; the downloads hold them all. */
function Pager({ report, slice }: { report: ReportData; slice: ReportPageSlice }) {
  return (
    <nav className="pager no-print" aria-label={`Pages of annotations, page ${slice.page} of ${slice.pages}`}>
      <span>
        Annotations {slice.from + 1}–{slice.to} of {report.entries.length} (each download holds them all)
      </span>{" "}
      {slice.page > 1 && (
        <Link prefetch={false} href={pageHref(report, slice.page - 1)} rel="prev">
          Previous page
        </Link>
      )}
      {slice.page < slice.pages && (
        <Link prefetch={false} href={pageHref(report, slice.page + 1)} rel="next">
          Next page
        </Link>
      )}
    </nav>
  );
}

/** The report's annotations, a page of them, each with its words in their sentence, its verdict and its sources. */
export function ReportEntries({ report, slice }: { report: ReportData; slice: ReportPageSlice }) {
  return (
    <section aria-labelledby="report-annotations">
      <h2 id="report-annotations">Annotations</h2>
      {report.entries.length === 0 && (
        <p className="empty">{report.scope === "approved" ? "No annotation is approved yet." : "No annotations yet."}</p>
      )}
      {slice.pages > 1 && <Pager report={report} slice={slice} />}
      {report.entries.slice(slice.from, slice.to).map((e) => (
        <div className={`report-entry kind-${e.kind.toLowerCase()}`} key={e.id}>
          <h3>
            <span className={`kind-badge kind-${e.kind.toLowerCase()}`}>{KIND_LABELS[e.kind]}</span> {STATUS_LABELS[e.status]}
            {e.verdictLabel && <> · {e.verdictLabel}</>}
            {report.subject.type === "story" && <span className="muted"> · {e.article.title}</span>}
          </h3>
          <blockquote className="report-quote">
            …{e.contextBefore}
            <mark>{e.quote}</mark>
            {e.contextAfter}…
          </blockquote>
          {e.note && <p>Note: {e.note}</p>}
          {e.sources.length > 0 && (
            <ul>
              {e.sources.map((s, i) => (
                <li key={i}>
                  {RELATION_NAMES[s.relation]}:{" "}
                  {s.url ? (
                    <a href={s.url} rel="noopener noreferrer nofollow" target="_blank">
                      {s.title || s.url}
                    </a>
                  ) : (
                    s.title
                  )}
                  {s.publisher && `, ${s.publisher}`}
                  {s.accessedAt && `, accessed ${s.accessedAt}`}
                  {s.archive && (
                    <>
                      , <a href={s.archive.path}>archived {archiveDate(s.archive.takenAt)}</a>
                    </>
                  )}
                  {s.url && <span className="print-only"> &lt;{s.url}&gt;</span>}
                </li>
              ))}
            </ul>
          )}
          {e.corroborations.length > 0 && (
            <ul>
              {e.corroborations.map((c) => (
                <li key={c.annotationId}>
                  Corroborated ({RELATION_NAMES[c.relation]}) by “{c.quote}” in {c.articleTitle}
                </li>
              ))}
            </ul>
          )}
          {e.sameClaimAs && <p className="same-claim">{sameClaimNote(e.sameClaimAs)}</p>}
          <p className="muted">
            Annotator {e.annotator}
            {e.reviewer && ` · reviewer ${e.reviewer}`} · {e.createdAt.slice(0, 10)}
            {e.reviewedAt && ` → ${e.reviewedAt.slice(0, 10)}`}
          </p>
        </div>
      ))}
      {slice.page < slice.pages && (
        <p className="no-print">
          <Link prefetch={false} href={pageHref(report, slice.page + 1)}>
            Annotations {slice.to + 1}–{Math.min(report.entries.length, slice.to + slice.to - slice.from)} on the next page
          </Link>
        </p>
      )}
    </section>
  );
}
