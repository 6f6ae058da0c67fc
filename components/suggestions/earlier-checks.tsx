import { Link } from "@/components/ui/link";
import type { CheckMatch } from "../api/claims";

const day = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** Where the earlier check is read: the desk's annotation in its article, or the publisher's review. */
function place(match: CheckMatch) {
  if (match.origin === "desk" && match.articleId) {
    const href = `/articles/${match.articleId}${match.annotationId ? `?annotation=${encodeURIComponent(match.annotationId)}` : ""}`;
    return (
      <>
        {" "}
        · in <Link href={href}>{match.storyTitle ?? match.articleTitle ?? "its story"}</Link>
      </>
    );
  }
  if (match.url) {
    return (
      <>
        {" "}
        ·{" "}
        <a href={match.url} rel="noopener noreferrer nofollow" target="_blank">
          their review
        </a>
      </>
    );
  }
  return null;
}

/** The best match in one line: its verdict, its day, and whose (the story's, or the publisher's). */
function headline(match: CheckMatch): string {
  const verdict = match.verdict ? `${match.verdict.label} (${day(match.verdict.reviewedAt)})` : "no verdict given";
  return match.origin === "desk" ? `${verdict}${match.storyTitle ? `, story ${match.storyTitle}` : ""}` : `${verdict}, by ${match.checkedBy}`;
}

/**
 * "Checked before" under a suggestion: the desk's closest earlier check of the same words from
 * another story in one line, and every match, best first, behind it. Nothing at all when there is
 * none: most suggestions have none, and the list must stay quiet about that.
 */
export function EarlierChecks({ matches, words }: { matches: readonly CheckMatch[]; words: string }) {
  if (matches.length === 0) return null;
  const [best] = matches;
  const more = matches.length - 1;
  return (
    <details className="suggestion-checked" aria-label={`Checked before: “${words}”`}>
      <summary>
        <strong>Checked before:</strong> {headline(best)}
        {more > 0 && ` and ${more} more`}
      </summary>
      <ol className="checks" aria-label={`Earlier checks of “${words}”, closest first`}>
        {matches.map((match) => (
          <li key={match.checkId} className="check">
            <blockquote>“{match.exact}”</blockquote>
            <p>
              <strong>{match.verdict?.label ?? "No verdict given"}</strong>
              {match.verdict && ` on ${day(match.verdict.reviewedAt)}`} · checked by {match.checkedBy}
              {place(match)}
              <span className="muted"> · {Math.round(match.score * 100)}% alike</span>
            </p>
          </li>
        ))}
      </ol>
    </details>
  );
}
