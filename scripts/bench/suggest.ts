/**
 * `npm run bench:suggest`: how well the first pass finds what a fact-checker would tag, and how fast.
 *
 * Scores lib/suggestions against the hand-made gold spans of the five corpus articles
 * (prisma/seed-data/gold.json, the format in its README): a suggestion matches an unmatched
 * gold span of the same kind that it overlaps, and for figures it must hold the gold `core`; the
 * repeated half of one article is not scored. Prints precision, recall and F1 per kind, then the
 * time to suggest for an 80,000-character article. `--misses` lists what was missed and what was wrong.
 */
import os from "node:os";
import { paragraphsFromPlainText } from "../../lib/text/plain-text";
import { suggestSpans } from "../../lib/suggestions/suggest";
import { loadCorpus } from "../lib/corpus-gold";
import { root, stats } from "../lib/run";
import { emptyTallies, formatTallies, scoreText } from "../lib/score-suggestions";

const showMisses = process.argv.includes("--misses");
const corpus = loadCorpus(root);
const totals = emptyTallies();
for (const article of corpus) {
  const misses = scoreText(article.text, article.gold, suggestSpans(article.text), totals, article.skipped);
  if (showMisses) for (const m of misses) console.log(`  ${m.why} ${m.kind} ${article.file.slice(0, 3)}: ${m.words.slice(0, 120)}${m.reason ? `  [${m.reason}]` : ""}`);
}
console.log(`Suggestions against the gold spans (${corpus.length} articles, ${corpus.reduce((n, a) => n + a.gold.length, 0)} spans)`);
console.log(formatTallies(totals));

// Speed: the five articles end to end, copied up to 80,000 characters. Each copy's paragraphs are
// numbered, so none is a repeat the suggester would skip.
const five = corpus.flatMap((a) => paragraphsFromPlainText(a.raw));
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
