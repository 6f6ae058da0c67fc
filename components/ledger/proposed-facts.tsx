"use client";

import { useState } from "react";
import type { Ledger, LedgerFact } from "@/lib/ledger/get-ledger";
import { DiscrepancyBadge } from "./discrepancy-badge";
import { entryText } from "./fact-row";
import { ShowMore } from "../ui/show-more";
import { useGrowingList } from "../ui/use-growing-list";

interface Props {
  facts: LedgerFact[];
  articles: Ledger["articles"];
  busy: boolean;
  onAccept(fact: LedgerFact, label: string): void;
  onDismiss(fact: LedgerFact): void;
}

/** Entries listed per proposal: the rest are counted, so a large proposal stays readable. */
const SHOWN = 8;
/** Proposals drawn at first; more as the list's end scrolls into view. */
const PAGE = 10;

/** Facts Factmark proposes, apart from the confirmed ones, each to accept (under a label a person may edit) or dismiss. */
export function ProposedFacts({ facts, articles, busy, onAccept, onDismiss }: Props) {
  const [labels, setLabels] = useState<Record<string, string>>({});
  const [editing, setEditing] = useState<string | null>(null);
  const list = useGrowingList(facts.length, PAGE);
  const nameOf = (articleId: string) => articles.find((a) => a.id === articleId)?.name ?? "An article";
  if (facts.length === 0) return null;
  return (
    <section className="card proposed-facts" aria-labelledby="proposed-heading">
      <h2 id="proposed-heading">Proposed facts ({facts.length})</h2>
      <p className="muted">
        Figures, or claims in like words, from different articles that seem to report the same thing (a claim with the denials that seem to answer
        it). Accept a proposal to add it to the ledger.
      </p>
      <ul>
        {facts.slice(0, list.shown).map((fact) => {
          const label = labels[fact.id] ?? fact.label;
          return (
            <li key={fact.id} aria-label={`Proposed fact: ${label}`}>
              {editing === fact.id ? (
                <div className="field">
                  <label htmlFor={`label-${fact.id}`}>Label</label>
                  <input id={`label-${fact.id}`} value={label} onChange={(event) => setLabels({ ...labels, [fact.id]: event.target.value })} />
                </div>
              ) : (
                <strong>{label}</strong>
              )}{" "}
              <span className="muted">{fact.kind === "claim" ? "Claim" : "Figure"}</span> <DiscrepancyBadge fact={fact} />
              <ul className="entries">
                {fact.entries.slice(0, SHOWN).map((entry) => (
                  <li key={entry.annotationId}>
                    {nameOf(entry.articleId)}: {entryText(entry)} {entry.kind === "figure" && <span className="muted">“{entry.exact}”</span>}
                  </li>
                ))}
                {(fact.annotationIds?.length ?? fact.entries.length) > SHOWN && <li className="muted">and {(fact.annotationIds?.length ?? fact.entries.length) - SHOWN} more</li>}
              </ul>
              <div className="actions">
                <button type="button" disabled={busy || !label.trim()} onClick={() => onAccept(fact, label)}>
                  Accept
                </button>
                <button type="button" className="secondary" disabled={busy} onClick={() => setEditing(editing === fact.id ? null : fact.id)}>
                  {editing === fact.id ? "Done editing" : "Edit"}
                </button>
                <button type="button" className="secondary" disabled={busy} onClick={() => onDismiss(fact)}>
                  Dismiss
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <ShowMore list={list} what="proposals" />
    </section>
  );
}
