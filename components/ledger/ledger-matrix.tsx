"use client";

import { useMemo, useState, type FocusEvent, type MouseEvent } from "react";
import type { Ledger, LedgerEntry, LedgerFact } from "@/lib/ledger/get-ledger";
import { annotationsApi } from "../api/annotations";
import { FactRow, type FactRowActions } from "./fact-row";
import { ShowMore } from "../ui/show-more";
import { useGrowingList } from "../ui/use-growing-list";

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
/** Facts drawn at first; more as the table's end scrolls into view (a story may have 50 articles a row). */
const PAGE = 10;
/** Column widths, so the table is laid out from them rather than by measuring every cell. */
const FACT_REM = 16;
const AGREEMENT_REM = 10;
const ARTICLE_REM = 11;

/**
 * Facts against articles. The words around a value appear in one card for the whole table, on
 * hover or keyboard focus, so a ledger of thousands of values carries no hidden element per cell.
 */
export function LedgerMatrix({ caption, facts, kindFacts, articles, denials, disabled, moving, actions }: Props) {
  const [shown, setShown] = useState<Shown | null>(null);
  // The words around each value are not in the page's data: fetched once when first wanted.
  const [contexts, setContexts] = useState<ReadonlyMap<string, { prefix: string; suffix: string } | "failed">>(new Map());
  const list = useGrowingList(facts.length, PAGE);
  const entries = useMemo(() => new Map(kindFacts.flatMap((f) => f.entries.map((e) => [e.annotationId, e] as const))), [kindFacts]);
  const othersOf = useMemo(() => new Map(kindFacts.map((f) => [f.id, kindFacts.filter((o) => o.id !== f.id)])), [kindFacts]);

  const show = (event: MouseEvent<HTMLElement> | FocusEvent<HTMLElement>) => {
    const anchor = (event.target as HTMLElement).closest<HTMLElement>("[data-annotation]");
    const entry = anchor && entries.get(anchor.dataset.annotation!);
    if (!anchor || !entry) return;
    const box = anchor.getBoundingClientRect();
    anchor.setAttribute("aria-describedby", CARD_ID);
    setShown({ entry, top: box.bottom + 4, left: Math.min(box.left, window.innerWidth - 380) });
    if (entry.prefix || entry.suffix || contexts.has(entry.annotationId)) return;
    annotationsApi.get(entry.annotationId).then(
      (annotation) => setContexts((known) => new Map(known).set(entry.annotationId, { prefix: annotation.prefix, suffix: annotation.suffix })),
      () => setContexts((known) => new Map(known).set(entry.annotationId, "failed")),
    );
  };
  const context = shown && (shown.entry.prefix || shown.entry.suffix ? shown.entry : contexts.get(shown.entry.annotationId));
  const hide = (event: MouseEvent<HTMLElement> | FocusEvent<HTMLElement>) => {
    (event.target as HTMLElement).closest("[data-annotation]")?.removeAttribute("aria-describedby");
    setShown(null);
  };

  return (
    <div className="ledger-scroll" onMouseOver={show} onFocus={show} onMouseOut={hide} onBlur={hide}>
      <table className="ledger" style={{ width: `${FACT_REM + AGREEMENT_REM + ARTICLE_REM * articles.length}rem` }}>
        <caption className="visually-hidden">{caption}</caption>
        <colgroup>
          <col style={{ width: `${FACT_REM}rem` }} />
          <col style={{ width: `${AGREEMENT_REM}rem` }} />
          {articles.map((article) => (
            <col key={article.id} style={{ width: `${ARTICLE_REM}rem` }} />
          ))}
        </colgroup>
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
          {facts.slice(0, list.shown).map((fact) => (
            <FactRow
              key={fact.id}
              fact={fact}
              articles={articles}
              others={othersOf.get(fact.id) ?? []}
              denials={denials}
              disabled={disabled}
              moving={moving !== null && (moving === `merge:${fact.id}` || fact.entries.some((e) => e.annotationId === moving)) ? moving : null}
              actions={actions}
            />
          ))}
        </tbody>
      </table>
      <ShowMore list={list} what="facts" />
      {shown && (
        <div id={CARD_ID} role="tooltip" className="ledger-context" style={{ top: shown.top, left: shown.left }}>
          {context === "failed" ? (
            <>
              <mark>{shown.entry.exact}</mark> (the words around it could not be loaded)
            </>
          ) : context ? (
            <>
              …{context.prefix}
              <mark>{shown.entry.exact}</mark>
              {context.suffix}…
            </>
          ) : (
            <>
              <mark>{shown.entry.exact}</mark> (loading the words around it…)
            </>
          )}
        </div>
      )}
    </div>
  );
}
