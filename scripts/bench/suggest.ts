/**
 * `npm run bench:suggest`: how well the first pass finds what a fact-checker would tag, and how fast.
 *
 * Scores lib/suggestions against the hand-made gold spans of the five corpus articles
 * (prisma/seed-data/gold.json, the format in its README): a suggestion matches an unmatched
 * gold span of the same kind that it overlaps, and for figures it must hold the gold `core`; the
 * repeated half of one article is not scored. Prints precision, recall and F1 per kind, then the
 * time to suggest for an 80,000-character article. `--misses` lists what was missed and what was wrong.
 */
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { paragraphsFromPlainText } from "../../lib/text/plain-text";
import { suggestSpans } from "../../lib/suggestions/suggest";
import { root, stats } from "../lib/run";

interface GoldSpan {
  file: string;
  kind: "figure" | "claim" | "denial";
  start: number;
  end: number;
  quote: string;
  core?: string;
}
interface Gold {
  spans: GoldSpan[];
  not_scored: { file: string; start: number; end: number }[];
}

const corpusDir = path.join(root, "prisma", "seed-data", "corpus");
const gold = JSON.parse(readFileSync(path.join(root, "prisma", "seed-data", "gold.json"), "utf8")) as Gold;
const showMisses = process.argv.includes("--misses");
const canonical = (raw: string) => paragraphsFromPlainText(raw).join("\n\n");

/** Where a file's span lands in the article's canonical text: the occurrence of its words nearest to where it was. */
function place(text: string, quote: string, near: number): number {
  let best = -1;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (best === -1 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  if (best === -1) throw new Error(`Gold quote not found in the canonical text: ${quote.slice(0, 60)}`);
  return best;
}

const kinds = ["figure", "claim", "denial"] as const;
const totals = Object.fromEntries(kinds.map((k) => [k, { suggested: 0, matched: 0, gold: 0, found: 0 }]));
const files = [...new Set(gold.spans.map((s) => s.file))].sort();

for (const file of files) {
  const raw = readFileSync(path.join(corpusDir, file), "utf8");
  const text = canonical(raw);
  const spans = gold.spans
    .filter((s) => s.file === file)
    .map((s) => {
      const start = place(text, s.quote, s.start);
      const coreAt = s.core ? start + s.quote.indexOf(s.core) : start;
      return { ...s, start, end: start + s.quote.length, coreStart: coreAt, coreEnd: coreAt + (s.core?.length ?? 0), matched: false };
    });
  const skipped = gold.not_scored
    .filter((r) => r.file === file)
    .map((r) => {
      const words = raw.slice(r.start, r.end).trim();
      const head = words.slice(0, 80);
      const start = place(text, head, r.start);
      const tail = words.slice(-80);
      return { start, end: place(text, tail, r.end - 80) + tail.length };
    });
  const suggestions = suggestSpans(text);
  for (const suggestion of suggestions) {
    const kind = suggestion.kind.toLowerCase() as GoldSpan["kind"];
    if (skipped.some((r) => suggestion.start < r.end && suggestion.end > r.start)) continue;
    totals[kind].suggested += 1;
    const hit = spans.find(
      (g) =>
        !g.matched &&
        g.kind === kind &&
        suggestion.start < g.end &&
        suggestion.end > g.start &&
        (kind !== "figure" || (suggestion.start <= g.coreStart && suggestion.end >= g.coreEnd)),
    );
    if (hit) {
      hit.matched = true;
      totals[kind].matched += 1;
    } else if (showMisses) {
      console.log(`  wrong ${kind} ${file.slice(0, 3)}: ${text.slice(suggestion.start, suggestion.end).slice(0, 120)}  [${suggestion.reason}]`);
    }
  }
  for (const g of spans) {
    totals[g.kind].gold += 1;
    if (g.matched) totals[g.kind].found += 1;
    else if (showMisses) console.log(`  missed ${g.kind} ${file.slice(0, 3)}: ${g.quote.slice(0, 120)}`);
  }
}

console.log(`Suggestions against the gold spans (${files.length} articles, ${gold.spans.length} spans)`);
for (const kind of kinds) {
  const t = totals[kind];
  const precision = t.suggested ? t.matched / t.suggested : 0;
  const recall = t.gold ? t.found / t.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  console.log(
    `  ${kind.padEnd(7)} precision ${precision.toFixed(2)} (${t.matched}/${t.suggested})  recall ${recall.toFixed(2)} (${t.found}/${t.gold})  F1 ${f1.toFixed(2)}`,
  );
}

// Speed: the five articles end to end, copied up to 80,000 characters. Each copy's paragraphs are
// numbered, so none is a repeat the suggester would skip.
const five = files.flatMap((f) => paragraphsFromPlainText(readFileSync(path.join(corpusDir, f), "utf8")));
const paragraphs: string[] = [];
for (let copy = 1; paragraphs.join("\n\n").length < 80_000; copy += 1) paragraphs.push(...five.map((p) => `(${copy}) ${p}`));
const long = paragraphs.join("\n\n").slice(0, 80_000);
const times: number[] = [];
let count = 0;
// The first call also compiles the rules' code: reported on its own, then 5 more runs warm up as a server would be.
const coldStart = performance.now();
suggestSpans(long);
const cold = performance.now() - coldStart;
for (let run = 0; run < 5; run += 1) suggestSpans(long);
for (let run = 0; run < 30; run += 1) {
  const started = performance.now();
  count = suggestSpans(long).length;
  times.push(performance.now() - started);
}
const t = stats(times);
console.log(
  `Time to suggest for 80,000 characters (${count} suggestions): median ${t.median.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms over 30 warm runs; the very first run ${cold.toFixed(1)} ms`,
);
console.log(`Machine: ${os.cpus()[0]?.model ?? "unknown CPU"} × ${os.cpus().length}, Node ${process.version}`);
