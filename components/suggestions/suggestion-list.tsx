"use client";

import { useState } from "react";
import type { SuggestionView } from "@/lib/suggestions/suggestion-view";
import type { AnnotationKind } from "@/lib/vocabulary/names";
import type { SuggestionOrder } from "@/lib/validation/suggestion-schemas";
import { KIND_LABELS } from "@/lib/vocabulary/labels";
import { ErrorAlert } from "@/components/ui/alert";
import { formatFigure } from "@/lib/annotations/format-figure";
import { EarlierChecks } from "./earlier-checks";
import { useEarlierChecks } from "./use-earlier-checks";

interface Props {
  open: readonly SuggestionView[];
  dismissed: readonly SuggestionView[];
  state: "loading" | "ready" | "error";
  error?: string;
  shown: boolean;
  busy: boolean;
  selectedId: string | null;
  order: SuggestionOrder;
  onOrderChange(order: SuggestionOrder): void;
  onToggle(shown: boolean): void;
  onOpen(id: string): void;
  onAccept(id: string): void;
  onDismiss(id: string): void;
  onRestore(id: string): void;
  onAcceptAll(kind: AnnotationKind): void;
}

const FIRST = 30;

const short = (words: string) => (words.length > 50 ? `${words.slice(0, 50)}…` : words);
const percent = (score: number) => `${Math.round(score * 100)}%`;

/** The machine's first pass, beside the annotations: each suggestion with why, to accept or dismiss. */
export function SuggestionList(props: Props) {
  const { open, dismissed, state, error, shown, busy, selectedId } = props;
  const [all, setAll] = useState(false);
  // A long article has hundreds: the first ones, and the open one wherever it is, until asked for all.
  const listed = all ? open : open.filter((s, i) => i < FIRST || s.id === selectedId);
  const figures = open.filter((s) => s.kind === "FIGURE").length;
  // Whether the desk checked them before, for the suggestions on show only: one batch, not one request each.
  const earlier = useEarlierChecks(shown && state === "ready" ? listed : []);
  return (
    <section className="suggestion-list card" aria-labelledby="suggestions-heading">
      <header className="panel-header">
        <h2 id="suggestions-heading">Suggestions ({open.length})</h2>
        <label className="toggle">
          <input type="checkbox" checked={shown} onChange={(event) => props.onToggle(event.target.checked)} /> Suggestions
        </label>
      </header>
      <ErrorAlert message={error} />
      {!shown ? (
        <p className="muted">Hidden. Tick “Suggestions” to see the spans the machine found for you to judge.</p>
      ) : state === "loading" ? (
        <p className="muted" role="status">
          Finding figures, claims and denials…
        </p>
      ) : open.length === 0 ? (
        <p className="empty">No open suggestions: every one was accepted, dismissed or is already annotated.</p>
      ) : (
        <>
          <p className="muted">
            <kbd>j</kbd>/<kbd>k</kbd> move through them with the annotations, <kbd>a</kbd> accepts the open one, <kbd>x</kbd> dismisses it.
          </p>
          <label className="suggestion-order">
            Order{" "}
            <select value={props.order} onChange={(event) => props.onOrderChange(event.target.value as SuggestionOrder)}>
              <option value="text">In the text</option>
              <option value="score">Most check-worthy first</option>
            </select>
          </label>
          {figures > 0 && (
            <button type="button" className="secondary" disabled={busy} onClick={() => props.onAcceptAll("FIGURE")}>
              Accept all figures ({figures})
            </button>
          )}
          <ol className="suggestions">
            {listed.map((s) => (
              <li key={s.id} className={s.id === selectedId ? "selected" : undefined} aria-current={s.id === selectedId ? "true" : undefined}>
                <button type="button" className="link suggestion-words" onClick={() => props.onOpen(s.id)}>
                  <span className={`kind-badge kind-${s.kind.toLowerCase()}`}>{KIND_LABELS[s.kind]}</span> “{short(s.exact)}”
                </button>
                <p className="muted suggestion-reason">
                  {s.reason}
                  {s.kind === "FIGURE" && ` · ${formatFigure(s)}`}
                </p>
                {s.score !== null && (
                  <p className="muted suggestion-reason suggestion-score">
                    worth checking: {percent(s.score)}
                  </p>
                )}
                <EarlierChecks matches={earlier.of(s)} words={short(s.exact)} />
                <div className="actions">
                  <button type="button" disabled={busy} aria-label={`Accept suggestion “${short(s.exact)}”`} onClick={() => props.onAccept(s.id)}>
                    Accept
                  </button>
                  <button type="button" className="secondary" disabled={busy} aria-label={`Dismiss suggestion “${short(s.exact)}”`} onClick={() => props.onDismiss(s.id)}>
                    Dismiss
                  </button>
                </div>
              </li>
            ))}
          </ol>
          {earlier.error && <p className="muted">The desk’s earlier checks could not be looked up: {earlier.error}</p>}
          {listed.length < open.length && (
            <button type="button" className="link" onClick={() => setAll(true)}>
              Show all {open.length} suggestions
            </button>
          )}
        </>
      )}
      {shown && dismissed.length > 0 && (
        <details className="dismissed-suggestions">
          <summary>Dismissed ({dismissed.length})</summary>
          <ul>
            {dismissed.map((s) => (
              <li key={s.id}>
                {KIND_LABELS[s.kind]} “{short(s.exact)}” <span className="muted">dismissed by {s.decidedBy?.name ?? "someone"}</span>{" "}
                <button type="button" className="link" disabled={busy} aria-label={`Restore suggestion “${short(s.exact)}”`} onClick={() => props.onRestore(s.id)}>
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
