import { Link } from "@/components/ui/link";
import { DiffView } from "@/components/articles/diff-view";
import { archiveDate } from "@/lib/sources/archive-date";
import type { PageCopyView } from "@/lib/sources/page-copy";

const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";

/** An archived page as Factmark took it: where and when, its checks, and the page's readable part. */
export function PageCopy({ copy }: { copy: PageCopyView }) {
  return (
    <>
      <h1>Archived copy: {copy.title ?? copy.finalUrl}</h1>
      <section className="card copy-facts" aria-label="About this copy">
        <dl>
          <dt>Taken</dt>
          <dd>{when(copy.takenAt)}</dd>
          <dt>Address</dt>
          <dd>
            <a href={copy.requestedUrl} target="_blank" rel="noopener noreferrer nofollow">
              {copy.requestedUrl}
            </a>
          </dd>
          {copy.finalUrl !== copy.requestedUrl && (
            <>
              <dt>Found at (after redirects)</dt>
              <dd>{copy.finalUrl}</dd>
            </>
          )}
          {copy.publisher && (
            <>
              <dt>Publisher</dt>
              <dd>{copy.publisher}</dd>
            </>
          )}
          {copy.publishedAt && (
            <>
              <dt>Published</dt>
              <dd>{archiveDate(copy.publishedAt)}</dd>
            </>
          )}
          <dt>HTTP status</dt>
          <dd>{copy.httpStatus}</dd>
          <dt>SHA-256 of the readable text</dt>
          <dd>
            <code className="hash">{copy.contentHash}</code>
          </dd>
          {copy.citedBy.map((cite, index) => (
            <div key={index} className="copy-cite">
              <dt>{cite.kind === "source" ? "Cited as" : "Article imported from it"}</dt>
              <dd>
                {cite.label} in <Link href={`/articles/${cite.articleId}`}>{cite.articleTitle}</Link>
              </dd>
            </div>
          ))}
        </dl>
        <p className="muted">Shown as text only: the page’s scripts, forms, frames, images and anything it loads from elsewhere were removed when it was archived.</p>
      </section>
      {copy.checks.length > 0 && (
        <section className="card" aria-labelledby="checks-heading">
          <h2 id="checks-heading">Checks of this address</h2>
          <ol className="check-list">
            {copy.checks.map((check, index) => (
              <li key={index}>
                <time dateTime={check.checkedAt}>{when(check.checkedAt)}</time> · {check.checkedBy}: {check.message}{" "}
                {check.copyId && check.copyId !== copy.id && <Link href={`/copies/${check.copyId}`}>Open that copy</Link>}
                {check.copyId === copy.id && <strong>(this copy)</strong>}
              </li>
            ))}
          </ol>
        </section>
      )}
      {copy.previous && (
        <section className="card" aria-labelledby="changes-heading">
          <h2 id="changes-heading">
            Changes since the <Link href={`/copies/${copy.previous.id}`}>copy of {archiveDate(copy.previous.takenAt)}</Link>
          </h2>
          <DiffView parts={copy.previous.diff.parts} tooDifferent={copy.previous.diff.tooDifferent} unavailable={copy.previous.diff.unavailable} label="Changes since the previous copy" />
        </section>
      )}
      <article className="card archived-page" aria-label="The archived page">
        {/* Cleaned when stored and again when read (lib/web/read-page.ts): text, headings, lists, tables and plain links only. */}
        <div dangerouslySetInnerHTML={{ __html: copy.html }} />
      </article>
    </>
  );
}
