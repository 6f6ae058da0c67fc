"use client";

import { useEffect, useState } from "react";
import type { HistoryEntry } from "@/lib/review/history";
import { annotationsApi } from "../api/annotations";
import { describeAction, formatWhen } from "./labels";

/** One entry per change, oldest first, each with who did it; the comment of a review step below it. */
export function TimelineList({ entries, label }: { entries: HistoryEntry[]; label: string }) {
  return (
    <ol className="timeline" aria-label={label}>
      {entries.map((entry) => {
        const after = entry.after as { comment?: string | null; exact?: unknown } | null;
        const comment = after?.comment;
        // A suggestion's record carries its words; an annotation's come from the annotation itself.
        const quote = entry.annotation?.exact ?? (entry.action.startsWith("suggestion.") && typeof after?.exact === "string" ? after.exact : null);
        return (
          <li key={entry.id}>
            <span className="who">{entry.actor.name}</span> {describeAction(entry.action)}
            {quote && label !== "Annotation history" && <span className="muted"> · “{quote.slice(0, 60)}”</span>}
            <time className="muted" dateTime={entry.at}>
              {" "}
              · {formatWhen(entry.at)}
            </time>
            {comment && <blockquote className="timeline-comment">{comment}</blockquote>}
          </li>
        );
      })}
    </ol>
  );
}

export function AnnotationHistory({ annotationId, version }: { annotationId: string; version: number }) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  // The history comes a page at a time: the cursor of the next one, while there is one.
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  useEffect(() => {
    let cancelled = false;
    annotationsApi.history(annotationId)
      .then((data) => {
        if (cancelled) return;
        setEntries(data.history);
        setNext(data.next);
      })
      .catch((e: Error) => !cancelled && setError(e.message));
    return () => {
      cancelled = true;
    };
  }, [annotationId, version]);
  const showLater = (cursor: string) =>
    annotationsApi.history(annotationId, cursor).then(
      (data) => {
        setEntries((shown) => [...(shown ?? []), ...data.history]);
        setNext(data.next);
      },
      (e: Error) => setError(e.message),
    );
  return (
    <section className="history" aria-labelledby={`history-${annotationId}`}>
      <h3 id={`history-${annotationId}`}>History</h3>
      {error && <p className="alert error">{error}</p>}
      {!entries && !error && <p className="muted">Loading the history…</p>}
      {entries && <TimelineList entries={entries} label="Annotation history" />}
      {next && (
        <button type="button" className="secondary show-more" onClick={() => void showLater(next)}>
          Show later entries
        </button>
      )}
    </section>
  );
}
