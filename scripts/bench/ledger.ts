/**
 * `npm run bench:ledger`: how well the ledger groups a story's figures into facts and classes
 * their disagreements, and how fast.
 *
 * The figures of prisma/seed-data/gold.json stand as annotations, each with the value and
 * unit the suggester reads from its words (as accepting a suggestion stores them). Their `fact`
 * keys say which report the same thing. Prints the pairwise precision and recall of the proposed
 * facts ("these two report the same fact"), the share of same-fact pairs whose discrepancy class
 * from the parsed values equals the class from the gold values, and the time to propose facts
 * for 50 articles with 5,000 figures; then, unless `--no-page`, the time to load the ledger page for
 * such a story (scripts/bench/ledger-page.ts; `-- --against <ref>` measures that commit's page beside it).
 */
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { paragraphsFromPlainText } from "../../lib/text/plain-text";
import { compareFigures } from "../../lib/ledger/discrepancy";
import { proposeFacts, type FigureEntry } from "../../lib/ledger/propose-facts";
import { suggestSpans } from "../../lib/suggestions/suggest";
import { root, stats } from "../lib/run";
import { benchOptions } from "../lib/bench-app";
import { benchLedgerPage } from "./ledger-page";

interface GoldFigure {
  file: string;
  kind: string;
  start: number;
  quote: string;
  core: string;
  fact: string;
  value: number | null;
  unit: string | null;
}

const corpusDir = path.join(root, "prisma", "seed-data", "corpus");
const gold = (JSON.parse(readFileSync(path.join(root, "prisma", "seed-data", "gold.json"), "utf8")).spans as GoldFigure[]).filter((s) => s.kind === "figure");
const texts = new Map<string, string>();
const textOf = (file: string) => {
  if (!texts.has(file)) texts.set(file, paragraphsFromPlainText(readFileSync(path.join(corpusDir, file), "utf8")).join("\n\n"));
  return texts.get(file)!;
};

// Each gold figure as an annotation: the suggester's reading of the span that holds its core.
const entries: (FigureEntry & { fact: string; gold: GoldFigure })[] = gold.map((g, i) => {
  const text = textOf(g.file);
  let at = text.indexOf(g.quote);
  for (let next = at; next !== -1; next = text.indexOf(g.quote, next + 1)) if (Math.abs(next - g.start) < Math.abs(at - g.start)) at = next;
  const core = at + g.quote.indexOf(g.core);
  const read = suggestSpans(text).find((s) => s.kind === "FIGURE" && s.start <= core && s.end >= core + g.core.length);
  return { id: `g${i}`, articleId: g.file, value: read?.value ?? null, valueMax: read?.valueMax ?? null, unit: read?.unit ?? null, fact: g.fact, gold: g };
});

const facts = proposeFacts(entries);
const factOf = new Map(facts.flatMap((f, i) => f.entryIds.map((id) => [id, i] as const)));
let truePairs = 0;
let predicted = 0;
let agreed = 0;
let classed = 0;
let classedRight = 0;
const wrongClasses: string[] = [];
for (let i = 0; i < entries.length; i += 1) {
  for (let j = i + 1; j < entries.length; j += 1) {
    const [a, b] = [entries[i], entries[j]];
    const same = a.fact === b.fact;
    const together = factOf.has(a.id) && factOf.get(a.id) === factOf.get(b.id);
    if (same) truePairs += 1;
    if (together) predicted += 1;
    if (same && together) agreed += 1;
    if (same) {
      classed += 1;
      const expected = compareFigures({ value: a.gold.value, valueMax: null, unit: a.gold.unit }, { value: b.gold.value, valueMax: null, unit: b.gold.unit }).class;
      const found = compareFigures(a, b).class;
      if (expected === found) classedRight += 1;
      else wrongClasses.push(`${a.gold.quote} / ${b.gold.quote}: ${found}, gold values say ${expected}`);
    }
  }
}
console.log(`Facts proposed for the corpus figures (${entries.length} figures, ${new Set(entries.map((e) => e.fact)).size} gold facts, ${facts.length} proposed)`);
console.log(`  pairwise precision ${(predicted ? agreed / predicted : 0).toFixed(2)} (${agreed}/${predicted})  recall ${(agreed / truePairs).toFixed(2)} (${agreed}/${truePairs})`);
console.log(`  discrepancy class right ${((100 * classedRight) / classed).toFixed(0)} % (${classedRight}/${classed})`);
if (process.argv.includes("--misses")) for (const line of wrongClasses) console.log(`    ${line}`);

// Speed: a story of 50 articles with 5,000 figures, made from the corpus figures at many scales.
let seed = 20131021;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const many: FigureEntry[] = Array.from({ length: 5_000 }, (_, i) => {
  const base = entries[i % entries.length];
  const scale = 10 ** Math.floor(random() * 8) * (1 + Math.floor(random() * 40) / 10);
  return { id: `s${i}`, articleId: `a${i % 50}`, value: base.value === null ? null : base.value * scale, valueMax: base.valueMax, unit: base.unit };
});
const times: number[] = [];
let groups = 0;
for (let run = 0; run < 10; run += 1) {
  const started = performance.now();
  groups = proposeFacts(many).length;
  times.push(performance.now() - started);
}
const t = stats(times);
console.log(`Time to propose facts for 50 articles and 5,000 figures (${groups} facts): median ${t.median.toFixed(1)} ms, max ${t.max.toFixed(1)} ms over 10 runs`);
console.log(`Machine: ${os.cpus()[0]?.model ?? "unknown CPU"} × ${os.cpus().length}, Node ${process.version}`);

if (!process.argv.includes("--no-page")) await benchLedgerPage(benchOptions());
