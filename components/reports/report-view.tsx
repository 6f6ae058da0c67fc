import Link from "next/link";
import type { ReportData } from "@/lib/reports/report-data";
import { RELATION_NAMES, sameClaimNote } from "@/lib/reports/labels";
import { archiveDate } from "@/lib/sources/archive-date";
import { agreementLabel } from "@/lib/vocabulary/labels";
import { KIND_LABELS, STATUS_LABELS } from "@/lib/vocabulary/labels";
import { DownloadButtons } from "./download-buttons";
import type { ReportSubject } from "../api/reports";

const counts = (values: Record<string, number>, names: Record<string, string> = {}) =>
  Object.entries(values).map(([k, n]) => `${names[k] ?? k} ${n}`).join(" · ") || "none";

/** The verification report on screen; the print stylesheet turns the same page into a document. */
export function ReportView({ report, subject, children }: { report: ReportData; subject: ReportSubject; children?: React.ReactNode }) {
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
      <section aria-labelledby="report-annotations">
        <h2 id="report-annotations">Annotations</h2>
        {report.entries.length === 0 && (
          <p className="empty">{report.scope === "approved" ? "No annotation is approved yet." : "No annotations yet."}</p>
        )}
        {report.entries.map((e) => (
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
      </section>
    </article>
  );
}
