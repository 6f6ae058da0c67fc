"use client";

import { memo, useMemo } from "react";
import type { Ledger, LedgerEntry, LedgerFact } from "@/lib/ledger/get-ledger";
import { formatFigure } from "@/lib/annotations/format-figure";
import { DiscrepancyBadge } from "./discrepancy-badge";

export const NEW_FACT = "__new__";

/** What a row asks of the ledger: each a change through the API. */
export interface FactRowActions {
  /** Editors only: confirms the fact as it stands, for publication. */
  confirm?: (fact: LedgerFact) => void;
  rename(fact: LedgerFact): void;
  merge(fact: LedgerFact, otherId: string): void;
  move(fact: LedgerFact, entry: LedgerEntry, to: string): void;
  remove(fact: LedgerFact, entry: LedgerEntry): void;
  linkDenial(fact: LedgerFact, annotationId: string): void;
  /** Opens (or closes, with null) one entry's list of facts to move it to, or a fact's to merge with ("merge:" and its id): one at a time for the page. */
  setMoving(annotationId: string | null): void;
}

interface Props {
  fact: LedgerFact;
  articles: Ledger["articles"];
  /** The other confirmed facts of the same kind: where an entry may move, what the fact may merge with. */
  others: LedgerFact[];
  /** Denials no fact holds yet (claim rows only). */
  denials: LedgerEntry[];
  disabled: boolean;
  /** The entry of this row whose move list is open, or "merge:" and this fact's id while its merge list is, if any. */
  moving: string | null;
  actions: FactRowActions;
}

const day = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });

/** Whether an editor confirmed the fact as it stands, in words: only a confirmed fact is published. */
function ConfirmationState({ fact }: { fact: LedgerFact }) {
  const c = fact.confirmation;
  if (!c) return null;
  if (c.state === "confirmed") return <span className="fact-state fact-confirmed">Confirmed{c.by ? ` by ${c.by}` : ""}{c.at ? ` on ${day(c.at)}` : ""}</span>;
  return (
    <span className="fact-state fact-proposed">
      {c.changedSince ? `Proposed: changed since ${c.by ?? "an editor"} confirmed it; not published until an editor confirms it again` : "Proposed: not published until an editor confirms it"}
    </span>
  );
}

const shorten = (text: string, max = 70) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** How a cell states the entry: a figure's value, a claim's words, a denial marked as one. */
export function entryText(entry: LedgerEntry): string {
  if (entry.kind === "figure") return formatFigure(entry);
  return `${entry.role === "denies" ? "Denies: " : ""}“${shorten(entry.exact)}”`;
}

/**
 * One fact of the ledger: its label and agreement, then each article's version of it. Cells are
 * plain links and buttons (the ledger's hover and focus card is one element for the whole table,
 * see ContextCard), so a story with thousands of figures draws quickly; the row only redraws
 * when its own fact changes.
 */
export const FactRow = memo(function FactRow({ fact, articles, others, denials, disabled, moving, actions }: Props) {
  const byArticle = useMemo(() => {
    const map = new Map<string, LedgerEntry[]>();
    for (const entry of fact.entries) map.set(entry.articleId, [...(map.get(entry.articleId) ?? []), entry]);
    return map;
  }, [fact.entries]);
  const isClaim = fact.kind === "claim";
  return (
    <tr aria-label={fact.label} data-fact={fact.id}>
      <th scope="row">
        <span className="fact-label">{fact.label}</span>
        <ConfirmationState fact={fact} />
        <span className="fact-tools">
          {actions.confirm && fact.confirmation?.state === "proposed" && (
            <button type="button" className="link" disabled={disabled} onClick={() => actions.confirm?.(fact)} aria-label={`Confirm “${fact.label}” for publication`}>
              Confirm
            </button>
          )}
          <button type="button" className="link" disabled={disabled} onClick={() => actions.rename(fact)} aria-label={`Rename “${fact.label}”`}>
            Rename
          </button>
          {others.length > 0 &&
            (moving === `merge:${fact.id}` ? (
              <select
                autoFocus
                aria-label={`Merge another fact into “${fact.label}”`}
                value=""
                disabled={disabled}
                onChange={(event) => event.target.value && actions.merge(fact, event.target.value)}
                onBlur={() => actions.setMoving(null)}
              >
                <option value="">Merge with…</option>
                {others.map((other) => (
                  <option key={other.id} value={other.id}>
                    {shorten(other.label, 60)}
                  </option>
                ))}
              </select>
            ) : (
              <button type="button" className="link" disabled={disabled} onClick={() => actions.setMoving(`merge:${fact.id}`)} aria-label={`Merge another fact into “${fact.label}”…`}>
                Merge…
              </button>
            ))}
          {isClaim && denials.length > 0 && (
            <select aria-label={`Link a denial to “${fact.label}”`} value="" disabled={disabled} onChange={(event) => event.target.value && actions.linkDenial(fact, event.target.value)}>
              <option value="">Link a denial…</option>
              {denials.map((denial) => (
                <option key={denial.annotationId} value={denial.annotationId}>
                  {`${articles.find((a) => a.id === denial.articleId)?.name ?? "An article"}: “${shorten(denial.exact, 50)}”`}
                </option>
              ))}
            </select>
          )}
        </span>
      </th>
      <td>
        <DiscrepancyBadge fact={fact} />
      </td>
      {articles.map((article) => (
        <td key={article.id}>
          {byArticle.get(article.id)?.map((entry) => (
            <div className={`ledger-cell${entry.role === "denies" ? " ledger-denial" : ""}`} key={entry.annotationId}>
              <a href={`/articles/${entry.articleId}?annotation=${entry.annotationId}`} className="ledger-value" data-annotation={entry.annotationId}>
                {entryText(entry)}
              </a>
              {moving === entry.annotationId ? (
                <select
                  autoFocus
                  aria-label={`Move “${entry.exact}” to another fact`}
                  value=""
                  disabled={disabled}
                  onChange={(event) => actions.move(fact, entry, event.target.value)}
                  onBlur={() => actions.setMoving(null)}
                >
                  <option value="">Move to…</option>
                  {others.map((other) => (
                    <option key={other.id} value={other.id}>
                      {shorten(other.label, 60)}
                    </option>
                  ))}
                  <option value={NEW_FACT}>A new fact</option>
                </select>
              ) : (
                <span className="cell-tools">
                  <button type="button" className="link" disabled={disabled} onClick={() => actions.setMoving(entry.annotationId)} aria-label={`Move “${entry.exact}”…`}>
                    Move…
                  </button>
                  {isClaim && (
                    <button type="button" className="link" disabled={disabled} onClick={() => actions.remove(fact, entry)} aria-label={`Take out “${entry.exact}” from this fact`}>
                      Take out
                    </button>
                  )}
                </span>
              )}
            </div>
          ))}
        </td>
      ))}
    </tr>
  );
});
