"use client";

import { Link } from "@/components/ui/link";
import { useState } from "react";
import type { AnnotationView, SourceView } from "@/lib/annotations/annotation-view";
import { archiveDate } from "@/lib/sources/archive-date";
import type { SourceCheckResult } from "@/lib/sources/check-source";
import { DiffView } from "@/components/articles/diff-view";
import { annotationsApi } from "@/components/api/annotations";
import { ErrorAlert } from "@/components/ui/alert";

const LAST_CHECK: Record<string, string> = {
  UNCHANGED: "unchanged",
  CHANGED: "the text changed",
  MOVED: "the address leads elsewhere",
  GONE: "the page is gone",
  FAILED: "could not be checked",
};

/**
 * A web source's archived copy: "Archiving…" while it is fetched (the copy arrives on the live
 * feed), "Archived 24 Nov 2026" with a link to the copy and "Check again", or "Not archived" with
 * the reason and "Try again". A check's result stays in view, with the words that changed.
 */
export function SourceArchive({ source, onChange }: { source: SourceView; onChange(updated: AnnotationView): void }) {
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<SourceCheckResult>();
  const [error, setError] = useState<string>();
  const archive = source.archive;
  if (!archive) return null;
  const name = source.title || source.url || "source";

  async function check() {
    setChecking(true);
    setError(undefined);
    try {
      const { check, annotation } = await annotationsApi.checkSource(source.id);
      setResult(check);
      onChange(annotation);
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setChecking(false);
    }
  }

  const last = archive.lastCheck;
  return (
    <div className="source-archive">
      {archive.state === "pending" ? (
        <span role="status" className="archive-state pending">
          Archiving…{archive.problem && <span className="muted"> {archive.problem}</span>}
        </span>
      ) : archive.state === "archived" && archive.copy ? (
        <span className="archive-state archived">
          <Link href={`/copies/${archive.copy.id}`} aria-label={`Archived ${archiveDate(archive.copy.takenAt)}, a copy of ${name}`}>
            Archived {archiveDate(archive.copy.takenAt)}
          </Link>
          {last && last.outcome !== "ARCHIVED" && (
            <span className="muted">
              {" "}
              · checked {archiveDate(last.checkedAt)}: {LAST_CHECK[last.outcome]}
            </span>
          )}
        </span>
      ) : (
        <span className="archive-state not-archived">Not archived: {archive.problem}</span>
      )}
      {archive.state !== "pending" && (
        <button type="button" className="link" onClick={check} disabled={checking} aria-label={`${archive.state === "archived" ? "Check again" : "Try archiving again"}: ${name}`}>
          {checking ? "Checking…" : archive.state === "archived" ? "Check again" : "Try again"}
        </button>
      )}
      <ErrorAlert message={error} />
      {result && (
        <div className="check-result" role="status" aria-label={`Check of ${name}`}>
          <p>{result.message}</p>
          {result.diff && <DiffView parts={result.diff.parts} tooDifferent={result.diff.tooDifferent} unavailable={result.diff.unavailable} label={`What changed on ${name}`} />}
        </div>
      )}
    </div>
  );
}
