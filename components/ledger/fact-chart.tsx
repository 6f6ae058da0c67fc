"use client";

import { Bar, CartesianGrid, ComposedChart, Scatter, XAxis, YAxis } from "recharts";
import type { Ledger, LedgerFact } from "@/lib/ledger/get-ledger";
import { measureOf } from "@/lib/language/figure-unit";

const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });

/**
 * Each article's value for one fact on one axis: a dot for a number, a bar for a range, so a
 * reader sees at a glance who rounds, who gives a range and who is far off. The matrix beside it
 * carries the same values in words.
 */
export function FactChart({ fact, articles }: { fact: LedgerFact; articles: Ledger["articles"] }) {
  const rows = fact.entries
    .filter((e) => e.value !== null)
    .map((e, i) => {
      // On one scale: a month is 30 days, as the ledger compares them.
      const scale = measureOf(e.unit).scale;
      const name = articles.find((a) => a.id === e.articleId)?.name ?? "Article";
      return {
        key: `${name.length > 18 ? `${name.slice(0, 17)}…` : name}${fact.entries.length > articles.length ? ` (${i + 1})` : ""}`,
        point: e.valueMax === null ? e.value! * scale : null,
        range: e.valueMax === null ? null : [e.value! * scale, e.valueMax * scale],
      };
    });
  if (rows.length < 2) return null;
  const description = rows.map((r) => `${r.key}: ${r.point !== null ? compact.format(r.point) : `${compact.format(r.range![0])} to ${compact.format(r.range![1])}`}`).join("; ");
  return (
    <figure className="fact-chart">
      <figcaption>{fact.label}</figcaption>
      <div role="img" aria-label={`Chart of ${fact.label}: ${description}`}>
        <ComposedChart width={460} height={40 + rows.length * 34} data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          {/* From zero: a rounding looks as small as it is, a conflict as large. */}
          <XAxis type="number" domain={[0, "auto"]} tickFormatter={(v: number) => compact.format(v)} />
          <YAxis type="category" dataKey="key" width={140} tick={{ fontSize: 12 }} />
          <Bar dataKey="range" fill="#93c5fd" barSize={12} isAnimationActive={false} />
          <Scatter dataKey="point" fill="#1d4ed8" isAnimationActive={false} />
        </ComposedChart>
      </div>
    </figure>
  );
}
