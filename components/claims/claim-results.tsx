import { Link } from "@/components/ui/link";
import { KIND_LABELS } from "@/components/annotations/labels";
import type { ClaimSearchResult } from "../api/claims";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** One page of checks from the memory, with the links to the pages before and after it. */
export function ClaimResults({ result, query, origin, filtered }: { result: ClaimSearchResult; query: Record<string, string>; origin: "desk" | "imported"; filtered: boolean }) {
  const pageLink = (page: number) => `/claims?${new URLSearchParams({ ...query, page: String(page) })}`;
  const heading = origin === "desk" ? "Checked by this desk" : "Checked by other publishers";
  return (
    <section className="card" aria-labelledby="claims-heading">
      <h2 id="claims-heading">
        {heading}
        {result.page > 1 && `, page ${result.page}`}
      </h2>
      {origin === "imported" && <p className="muted">Imported reviews are other publishers’ work: they are offered for comparison and never published as this desk’s.</p>}
      {result.results.length === 0 ? (
        <p className="empty">
          {filtered || result.page > 1
            ? "No check matches these words and filters. Try fewer words, or another rating or date."
            : origin === "desk"
              ? "Nothing yet: every claim, figure and denial an editor approves is remembered here, with its verdict, so the desk sees what it has already checked."
              : "No other publisher’s checks yet: editors can import a ClaimReview file, a fact-check page or another Factmark desk’s feed below."}
        </p>
      ) : (
        <ol className="checks claim-results" aria-label={heading}>
          {result.results.map((check) => (
            <li key={check.checkId} className="check">
              <p>
                <span className={`kind-badge kind-${check.kind.toLowerCase()}`}>{KIND_LABELS[check.kind]}</span> “{check.exact}”
              </p>
              <p>
                <strong>{check.verdict?.label ?? "No verdict given"}</strong>
                {check.verdict && ` · ${day(check.verdict.reviewedAt)}`} · checked by {check.checkedBy}
                {check.claimant && ` · said by ${check.claimant}`}
                {check.articleId && check.storyTitle && (
                  <>
                    {" "}
                    · in <Link href={`/articles/${check.articleId}`}>{check.storyTitle}</Link>
                  </>
                )}
                {check.publicUrl && (
                  <>
                    {" "}
                    · <a href={check.publicUrl}>public page</a>
                  </>
                )}
                {check.url && (
                  <>
                    {" "}
                    ·{" "}
                    <a href={check.url} rel="noopener noreferrer nofollow" target="_blank">
                      their review
                    </a>
                  </>
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
      {(result.page > 1 || result.more) && (
        <nav className="pager" aria-label="Pages of checked claims">
          {result.page > 1 && <Link href={pageLink(result.page - 1)}>Previous page</Link>}
          {result.more && <Link href={pageLink(result.page + 1)}>Next page</Link>}
        </nav>
      )}
    </section>
  );
}
