"use client";

import { useMemo, useState, type FocusEvent, type MouseEvent } from "react";
import type { Ledger, LedgerEntry, LedgerFact } from "@/lib/ledger/get-ledger";
import { FactRow, type FactRowActions } from "./fact-row";

interface Props {
  caption: string;
  facts: LedgerFact[];
  /** Every confirmed fact of this kind, for moving and merging (the filter may hide some). */
  kindFacts: LedgerFact[];
  articles: Ledger["articles"];
  denials: LedgerEntry[];
  disabled: boolean;
  moving: string | null;
  actions: FactRowActions;
}

interface Shown {
  entry: LedgerEntry;
  top: number;
  left: number;
}

const CARD_ID = "ledger-context-card";

/**
 * Facts against articles. The words around a value appear in one card for the whole table, on
 * hover or keyboard focus, so a ledger of thousands of values carries no hidden element per cell.
 */
export function LedgerMatrix({ caption, facts, kindFacts, articles, denials, disabled, moving, actions }: Props) {
  const [shown, setShown] = useState<Shown | null>(null);
  const entries = useMemo(() => new Map(kindFacts.flatMap((f) => f.entries.map((e) => [e.annotationId, e] as const))), [kindFacts]);
  const othersOf = useMemo(() => new Map(kindFacts.map((f) => [f.id, kindFacts.filter((o) => o.id !== f.id)])), [kindFacts]);

  const show = (event: MouseEvent<HTMLElement> | FocusEvent<HTMLElement>) => {
    const anchor = (event.target as HTMLElement).closest<HTMLElement>("[data-annotation]");
    const entry = anchor && entries.get(anchor.dataset.annotation!);
    if (!anchor || !entry) return;
    const box = anchor.getBoundingClientRect();
    anchor.setAttribute("aria-describedby", CARD_ID);
    setShown({ entry, top: box.bottom + 4, left: Math.min(box.left, window.innerWidth - 380) });
  };
  const hide = (event: MouseEvent<HTMLElement> | FocusEvent<HTMLElement>) => {
    (event.target as HTMLElement).closest("[data-annotation]")?.removeAttribute("aria-describedby");
    setShown(null);
  };

  return (
    <div className="ledger-scroll" onMouseOver={show} onFocus={show} onMouseOut={hide} onBlur={hide}>
      <table className="ledger">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Fact</th>
            <th scope="col">Agreement</th>
            {articles.map((article) => (
              <th scope="col" key={article.id} title={article.title}>
                {article.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {facts.map((fact) => (
            <FactRow
              key={fact.id}
              fact={fact}
              articles={articles}
              others={othersOf.get(fact.id) ?? []}
              denials={denials}
              disabled={disabled}
              moving={moving !== null && fact.entries.some((e) => e.annotationId === moving) ? moving : null}
              actions={actions}
            />
          ))}
        </tbody>
      </table>
      {shown && (
        <div id={CARD_ID} role="tooltip" className="ledger-context" style={{ top: shown.top, left: shown.left }}>
          …{shown.entry.prefix}
          <mark>{shown.entry.exact}</mark>
          {shown.entry.suffix}…
        </div>
      )}
    </div>
  );
}
