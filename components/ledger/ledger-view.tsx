"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import type { Ledger, LedgerEntry, LedgerFact } from "@/lib/ledger/get-ledger";
import { ErrorAlert } from "@/components/ui/alert";
import { formatFigure } from "@/lib/annotations/format-figure";
import { ledgerApi } from "../api/ledger";
import { ConnectionStatus } from "../live/connection-status";
import { useArticleFeed } from "../live/use-article-feed";
import { useAction } from "../ui/use-action";
import { DiscrepancyBadge } from "./discrepancy-badge";
import { FactChart } from "./fact-chart";
import { ProposedFacts } from "./proposed-facts";

const NEW_FACT = "__new__";

/**
 * One article's figure for a fact: the value, a link into the article, the words in context on
 * hover and focus. The list of facts to move it to is drawn only when asked for: a story's
 * ledger can hold thousands of figures.
 */
interface CellProps {
  entry: LedgerEntry;
  fact: LedgerFact;
  facts: LedgerFact[];
  busy: boolean;
  /** Whether this entry's list of facts is open (one at a time, for the whole page). */
  moving: boolean;
  setMoving(annotationId: string | null): void;
  onMove(entry: LedgerEntry, to: string): void;
}

function Cell({ entry, fact, facts, busy, moving, setMoving, onMove }: CellProps) {
  return (
    <div className="ledger-cell">
      <Link href={`/articles/${entry.articleId}?annotation=${entry.annotationId}`} className="ledger-value">
        {formatFigure(entry)}
        <span className="ledger-context" role="tooltip">
          …{entry.prefix}
          <mark>{entry.exact}</mark>
          {entry.suffix}…
        </span>
      </Link>
      {moving ? (
        <select autoFocus aria-label={`Move “${entry.exact}” to another fact`} value="" disabled={busy} onChange={(event) => onMove(entry, event.target.value)} onBlur={() => setMoving(null)}>
          <option value="">Move to…</option>
          {facts
            .filter((other) => other.id !== fact.id)
            .map((other) => (
              <option key={other.id} value={other.id}>
                {other.label}
              </option>
            ))}
          <option value={NEW_FACT}>A new fact</option>
        </select>
      ) : (
        <button type="button" className="link" disabled={busy} onClick={() => setMoving(entry.annotationId)} aria-label={`Move “${entry.exact}”…`}>
          Move…
        </button>
      )}
    </div>
  );
}

/** The story's facts against its articles, the proposals beside them, and every change live. */
export function LedgerView({ ledger }: { ledger: Ledger }) {
  const router = useRouter();
  const { busy, error, run } = useAction();
  const [onlyDisagreements, setOnlyDisagreements] = useState(false);
  const [chartsOpen, setChartsOpen] = useState(false);
  const [moving, setMoving] = useState<string | null>(null);
  const confirmed = useMemo(() => ledger.facts.filter((f) => f.status === "confirmed"), [ledger.facts]);
  const proposed = useMemo(() => ledger.facts.filter((f) => f.status === "proposed"), [ledger.facts]);
  const shown = onlyDisagreements ? confirmed.filter((f) => f.discrepancy !== "none") : confirmed;
  const feed = useArticleFeed(ledger.channel?.articleId ?? "", ledger.channel?.seq ?? null, {
    onChange: (event) => {
      if (event.type.startsWith("fact.")) router.refresh();
    },
    onReset: () => router.refresh(),
  });

  const act = (work: () => Promise<unknown>) => run(work).then((done) => done !== undefined && router.refresh());
  const move = (fact: LedgerFact, entry: LedgerEntry, to: string) => {
    if (!to) return;
    if (to === NEW_FACT) return act(() => ledgerApi.createFact(ledger.storyId, { label: `${fact.label} (split)`, unit: fact.unit, annotationIds: [entry.annotationId] }));
    const target = confirmed.find((f) => f.id === to);
    if (target) return act(() => ledgerApi.moveEntry(target.id, { version: target.version, annotationId: entry.annotationId }));
  };
  const rename = (fact: LedgerFact) => {
    const label = window.prompt("New label for this fact", fact.label)?.trim();
    if (label) return act(() => ledgerApi.rename(fact.id, { version: fact.version, label, unit: fact.unit }));
  };

  return (
    // Lets people and benchmarks tell when the ledger is live in the browser, not only drawn.
    <div ref={(element) => element?.setAttribute("data-ledger-ready", "true")}>
      {ledger.channel && <ConnectionStatus status={feed.status} onReconnect={feed.reconnect} />}
      <ErrorAlert message={error} />
      <ProposedFacts
        facts={proposed}
        articles={ledger.articles}
        busy={busy || ledger.archived}
        onAccept={(fact, label) => act(() => ledgerApi.createFact(ledger.storyId, { label, unit: fact.unit, annotationIds: fact.entries.map((e) => e.annotationId) }))}
        onDismiss={(fact) => act(() => ledgerApi.dismissProposal(ledger.storyId, fact.entries.map((e) => e.annotationId)))}
      />
      <section className="card" aria-labelledby="facts-heading">
        <h2 id="facts-heading">Facts ({confirmed.length})</h2>
        <label className="toggle">
          <input type="checkbox" checked={onlyDisagreements} onChange={(event) => setOnlyDisagreements(event.target.checked)} /> Only disagreements
        </label>
        {confirmed.length === 0 ? (
          <p className="empty">
            No confirmed facts yet. Tag figures in the story&apos;s articles (or accept suggested ones); facts that several articles report appear
            above as proposals.
          </p>
        ) : (
          <div className="ledger-scroll">
            <table className="ledger">
              <caption className="visually-hidden">Each fact, the figure each article gives for it, and whether they agree</caption>
              <thead>
                <tr>
                  <th scope="col">Fact</th>
                  <th scope="col">Agreement</th>
                  {ledger.articles.map((article) => (
                    <th scope="col" key={article.id} title={article.title}>
                      {article.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.map((fact) => (
                  <tr key={fact.id} aria-label={fact.label}>
                    <th scope="row">
                      {fact.label}{" "}
                      <button type="button" className="link" disabled={busy || ledger.archived} onClick={() => rename(fact)} aria-label={`Rename “${fact.label}”`}>
                        Rename
                      </button>
                    </th>
                    <td>
                      <DiscrepancyBadge fact={fact} />
                    </td>
                    {ledger.articles.map((article) => (
                      <td key={article.id}>
                        {fact.entries
                          .filter((e) => e.articleId === article.id)
                          .map((entry) => (
                            <Cell
                              key={entry.annotationId}
                              entry={entry}
                              fact={fact}
                              facts={confirmed}
                              busy={busy || ledger.archived}
                              moving={moving === entry.annotationId}
                              setMoving={setMoving}
                              onMove={(e, to) => void move(fact, e, to)}
                            />
                          ))}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {shown.some((f) => f.entries.filter((e) => e.value !== null).length > 1) && (
        // Drawn when opened: a chart per fact is a lot of drawing for a story with many facts.
        <details className="card fact-charts-card" onToggle={(event) => setChartsOpen(event.currentTarget.open)}>
          <summary>Charts: each article&apos;s value on one axis</summary>
          {chartsOpen && (
            <div className="fact-charts">
              {shown.map((fact) => (
                <FactChart key={fact.id} fact={fact} articles={ledger.articles} />
              ))}
            </div>
          )}
        </details>
      )}
    </div>
  );
}
