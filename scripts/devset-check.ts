/**
 * `npm run devset:check`: the claims development set holds together (every gold offset holds its
 * exact words, articles of 300–1,500 words, at least 20 of them on at least 6 subjects, split in
 * two halves). Prints what it counted; exits 1 with each problem otherwise.
 */
import { devSetProblems, loadDevSet } from "./lib/dev-set";
import { root } from "./lib/run";

const problems = devSetProblems(root);
const set = loadDevSet(root);
for (const split of ["tuning", "held-back"] as const) {
  const files = new Set(set.files.filter((f) => f.split === split).map((f) => f.file));
  const count = (kind: string) => set.spans.filter((s) => files.has(s.file) && s.kind === kind).length;
  const subjects = [...new Set(set.files.filter((f) => files.has(f.file)).map((f) => f.subject))].join(", ");
  console.log(`${split}: ${files.size} articles (${subjects}); ${count("claim")} claims, ${count("figure")} figures, ${count("denial")} denials`);
}
if (problems.length) {
  for (const problem of problems) console.error(`✗ ${problem}`);
  process.exit(1);
}
console.log(`✓ ${set.spans.length} gold spans, every offset holds its words`);
