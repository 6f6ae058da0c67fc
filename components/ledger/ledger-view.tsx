"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { LedgerEntry, LedgerFact } from "@/lib/ledger/get-ledger";
import { decodeLedger, type EncodedLedger } from "@/lib/ledger/ledger-codec";
import { isFactChange, type LiveChange, type LiveChangeType } from "@/lib/contracts/live";
import { ErrorAlert } from "@/components/ui/alert";
import { ledgerApi } from "../api/ledger";
import { ConnectionStatus } from "../live/connection-status";
import { useLiveFeed } from "../live/use-live-feed";
import { useAction } from "../ui/use-action";
import { NEW_FACT, type FactRowActions } from "./fact-row";
import { LedgerMatrix } from "./ledger-matrix";
import { ProposedFacts } from "./proposed-facts";

// recharts is large and charts are drawn only when opened: its code is fetched then, not with the page.
const FactChart = dynamic(() => import("./fact-chart").then((m) => m.FactChart), { ssr: false, loading: () => <p className="muted">Loading the charts…</p> });

const NO_DENIALS: LedgerEntry[] = [];

const idsOf = (fact: LedgerFact) => fact.annotationIds ?? fact.entries.map((e) => e.annotationId);

/** Changes on the story's articles that change what the ledger shows, besides every fact change (not comments, reviews or sources). */
const LEDGER_NEWS = new Set<LiveChangeType>([
  "annotation.created",
  "annotation.updated",
  "annotation.deleted",
  "annotation.restored",
  "annotation.reattached",
  "suggestion.accepted",
  "article.imported",
  "article.text_corrected",
]);
/** Changes that arrive together (an accept-all, a correction) are shown in one reload. */
const RELOAD_DELAY_MS = 150;

/** The story's facts against its articles (figures, then claims), the proposals beside them, and every change live. */
export function LedgerView({ encoded, canConfirm }: { encoded: EncodedLedger; canConfirm: boolean }) {
  const ledger = useMemo(() => decodeLedger(encoded), [encoded]);
  const router = useRouter();
  const { busy, error, run } = useAction();
  const [onlyDisagreements, setOnlyDisagreements] = useState(false);
  const [chartsOpen, setChartsOpen] = useState(false);
  const [moving, setMoving] = useState<string | null>(null);
  // The feed keeps its own position from here on; a reload of the data must not reopen it.
  const [startedAt] = useState(ledger.position);
  const reload = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const refresh = useCallback(() => {
    clearTimeout(reload.current);
    reload.current = setTimeout(() => router.refresh(), RELOAD_DELAY_MS);
  }, [router]);
  const feed = useLiveFeed(ledgerApi.eventsUrl(ledger.storyId), startedAt, {
    onChange: (event: LiveChange) => {
      if (isFactChange(event) || LEDGER_NEWS.has(event.type)) refresh();
    },
    onReset: refresh,
  });

  const confirmed = useMemo(() => ledger.facts.filter((f) => f.status === "confirmed"), [ledger.facts]);
  const proposed = useMemo(() => ledger.facts.filter((f) => f.status === "proposed"), [ledger.facts]);
  const figures = useMemo(() => confirmed.filter((f) => f.kind === "figure"), [confirmed]);
  const claims = useMemo(() => confirmed.filter((f) => f.kind === "claim"), [confirmed]);
  const shownFigures = onlyDisagreements ? figures.filter((f) => f.discrepancy !== "none") : figures;
  const shownClaims = onlyDisagreements ? claims.filter((f) => f.discrepancy !== "none") : claims;
  const disabled = busy || ledger.archived;

  // Kept in a ref so the rows' actions never change identity and a change redraws only its own row.
  const latest = useRef({ ledger, confirmed });
  useEffect(() => {
    latest.current = { ledger, confirmed };
  });
  const actions = useMemo<FactRowActions>(() => {
    const act = (work: () => Promise<unknown>) => run(work).then((done) => done !== undefined && router.refresh());
    const find = (id: string) => latest.current.confirmed.find((f) => f.id === id);
    return {
      setMoving,
      confirm: canConfirm ? (fact) => void act(() => ledgerApi.confirm(fact.id, { version: fact.version })) : undefined,
      rename(fact) {
        const label = window.prompt("New label for this fact", fact.label)?.trim();
        if (label) void act(() => ledgerApi.rename(fact.id, { version: fact.version, label, unit: fact.unit }));
      },
      merge(fact, otherId) {
        setMoving(null);
        const other = find(otherId);
        if (other && window.confirm(`Merge “${other.label}” into “${fact.label}”? Its ${other.entries.length} entries move here and it goes.`)) {
          void act(() => ledgerApi.merge(fact.id, { version: fact.version, otherFactId: other.id, otherVersion: other.version }));
        }
      },
      move(fact, entry: LedgerEntry, to) {
        setMoving(null);
        if (to === NEW_FACT) {
          void act(() => ledgerApi.createFact(latest.current.ledger.storyId, { label: `${fact.label} (split)`, unit: fact.unit, annotationIds: [entry.annotationId] }));
          return;
        }
        const target = find(to);
        if (target) void act(() => ledgerApi.moveEntry(target.id, { version: target.version, annotationId: entry.annotationId }));
      },
      remove(fact, entry) {
        void act(() => ledgerApi.removeEntry(fact.id, entry.annotationId, fact.version));
      },
      linkDenial(fact, annotationId) {
        void act(() => ledgerApi.moveEntry(fact.id, { version: fact.version, annotationId }));
      },
    };
  }, [run, router, canConfirm]);

  return (
    // Lets people and benchmarks tell when the ledger is live in the browser, not only drawn.
    <div ref={(element) => element?.setAttribute("data-ledger-ready", "true")}>
      <ConnectionStatus status={feed.status} onReconnect={feed.reconnect} />
      <ErrorAlert message={error} />
      {proposed.length > 0 && (
        <p className="ledger-waiting">
          <a href="#proposed-heading">
            {proposed.length === 1 ? "1 proposed fact waits" : `${proposed.length} proposed facts wait`} for you to accept or dismiss
          </a>
        </p>
      )}
      <label className="toggle">
        <input type="checkbox" checked={onlyDisagreements} onChange={(event) => setOnlyDisagreements(event.target.checked)} /> Only disagreements
      </label>
      <section className="card" aria-labelledby="facts-heading">
        <h2 id="facts-heading">Figures ({figures.length})</h2>
        {figures.length === 0 ? (
          <p className="empty">
            No confirmed figures yet. Tag figures in the story&apos;s articles (or accept suggested ones); figures that several articles report appear
            below as proposals.
          </p>
        ) : (
          <LedgerMatrix
            caption="Each fact, the figure each article gives for it, and whether they agree"
            facts={shownFigures}
            kindFacts={figures}
            articles={ledger.articles}
            denials={NO_DENIALS}
            disabled={disabled}
            moving={moving}
            actions={actions}
          />
        )}
      </section>
      <section className="card" aria-labelledby="claims-heading">
        <h2 id="claims-heading">Claims ({claims.length})</h2>
        {claims.length === 0 ? (
          <p className="empty">
            No confirmed claims yet. Claims that several articles tag in like words are proposed below, with the denials that answer them.
          </p>
        ) : (
          <LedgerMatrix
            caption="Each claim, which articles report it, and which deny it"
            facts={shownClaims}
            kindFacts={claims}
            articles={ledger.articles}
            denials={ledger.freeDenials}
            disabled={disabled}
            moving={moving}
            actions={actions}
          />
        )}
      </section>
      <ProposedFacts
        facts={proposed}
        articles={ledger.articles}
        busy={disabled}
        onAccept={(fact, label) => run(() => ledgerApi.createFact(ledger.storyId, { label, unit: fact.unit, annotationIds: idsOf(fact) })).then((done) => done && router.refresh())}
        onDismiss={(fact) => run(() => ledgerApi.dismissProposal(ledger.storyId, idsOf(fact))).then((done) => done && router.refresh())}
      />
      {shownFigures.some((f) => f.entries.filter((e) => e.value !== null).length > 1) && (
        // Drawn when opened: a chart per fact is a lot of drawing for a story with many facts.
        <details className="card fact-charts-card" onToggle={(event) => setChartsOpen(event.currentTarget.open)}>
          <summary>Charts: each article&apos;s value on one axis</summary>
          {chartsOpen && (
            <div className="fact-charts">
              {shownFigures.map((fact) => (
                <FactChart key={fact.id} fact={fact} articles={ledger.articles} />
              ))}
            </div>
          )}
        </details>
      )}
    </div>
  );
}
