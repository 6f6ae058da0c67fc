/**
 * `npm run eval:suggest`: precision, recall and F1 per kind of the suggester (lib/suggestions)
 * on the demo corpus (prisma/seed-data/gold.json) and on the claims development set
 * (tests/claims-dev/), scored by the same rule (scripts/lib/score-suggestions.ts).
 *
 * The development set's held-back half is scored only with `-- --held-back`: it is the measure
 * of how the rules do on news they were not tuned on, so it is read once, at the end of a round
 * of tuning. `-- --misses` lists what was wrong and what was missed on the corpus and the tuning
 * half (never on the held-back half).
 */
import { suggestSpans } from "../lib/suggestions/suggest";
import { loadCorpus } from "./lib/corpus-gold";
import { loadDevSet, type Split } from "./lib/dev-set";
import { root } from "./lib/run";
import { emptyTallies, formatTallies, scoreText, type Miss } from "./lib/score-suggestions";

const heldBack = process.argv.includes("--held-back");
const showMisses = process.argv.includes("--misses");

function printMisses(label: string, misses: Miss[]) {
  if (!showMisses) return;
  for (const m of misses) console.log(`    ${m.why} ${m.kind} ${label}: ${m.words.slice(0, 140)}${m.reason ? `  [${m.reason}]` : ""}`);
}

const corpus = loadCorpus(root);
const corpusTotals = emptyTallies();
for (const article of corpus) {
  printMisses(article.file.slice(0, 3), scoreText(article.text, article.gold, suggestSpans(article.text), corpusTotals, article.skipped));
}
console.log(`Demo corpus (${corpus.length} articles, prisma/seed-data/gold.json)`);
console.log(formatTallies(corpusTotals));

const set = loadDevSet(root);
const splits: Split[] = heldBack ? ["tuning", "held-back"] : ["tuning"];
for (const split of splits) {
  const files = set.files.filter((f) => f.split === split);
  const totals = emptyTallies();
  for (const { file } of files) {
    const text = set.text(file);
    const gold = set.spans
      .filter((s) => s.file === file)
      .map((s) => {
        const coreStart = s.core ? s.start + s.exact.indexOf(s.core) : s.start;
        return { kind: s.kind, start: s.start, end: s.end, exact: s.exact, coreStart, coreEnd: coreStart + (s.core?.length ?? 0) };
      });
    const misses = scoreText(text, gold, suggestSpans(text), totals);
    if (split !== "held-back") printMisses(file.slice(0, 2), misses);
  }
  console.log(`Development set, ${split} half (${files.length} articles, tests/claims-dev/gold.json)`);
  console.log(formatTallies(totals));
}
if (!heldBack) console.log("(The held-back half is scored with `npm run eval:suggest -- --held-back`.)");
