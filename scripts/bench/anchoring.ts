/**
 * `npm run bench:anchoring`: how well re-anchoring keeps annotations on their words.
 *
 * 1,000 seeded random edits to the five corpus articles, each with 15 random annotations:
 * words inserted, deleted and replaced anywhere, words edited inside an annotated span, and
 * paragraphs moved. The true new place of every span follows from the edit itself; re-anchoring
 * only sees the old and new text. A span is "touched" when the edit changed its own words.
 * Prints the share placed right, placed wrong (worse than an orphan) and orphaned, and the time
 * to re-anchor 2,000 annotations on a long article.
 */
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { reanchor, type StoredAnchor } from "../../lib/anchoring/reanchor";
import { quoteContext } from "../../lib/anchoring/selectors";
import { paragraphsFromPlainText } from "../../lib/text/plain-text";
import { root, stats } from "../lib/run";

const TRIALS = 1_000;
const SPANS = 15;
const SEPARATOR = "\n\n";
let seed = 20131021;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
const WORDS = ["reportedly", "the", "French", "intelligence", "on Monday", "70 million", "allegedly", "data", "said", "officials"];

const corpus = readdirSync(path.join(root, "prisma", "seed-data", "corpus"))
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => paragraphsFromPlainText(readFileSync(path.join(root, "prisma", "seed-data", "corpus", f), "utf8")));

/** Word boundaries inside one paragraph, as offsets in the joined text. */
function wordStarts(paragraphs: string[]) {
  const starts: { offset: number; paragraph: number; end: number }[] = [];
  let base = 0;
  paragraphs.forEach((p, index) => {
    for (const m of p.matchAll(/\S+/g)) starts.push({ offset: base + m.index!, end: base + m.index! + m[0].length, paragraph: index });
    base += p.length + SEPARATOR.length;
  });
  return starts;
}

interface Truth {
  /** The span's new range, or null when the edit removed it entirely. */
  range: [number, number] | null;
  touched: boolean;
}

/**
 * Applies a text edit [from, to) → insert, and says where each span truly went: text outside
 * the edit keeps its place; an edit within or across a span's edge belongs to the span (a word
 * replaced inside a quote is part of the quote); an insertion at a span's edge stays outside it.
 */
function textEdit(text: string, from: number, to: number, insert: string, spans: StoredAnchor[]) {
  const delta = insert.length - (to - from);
  const shift = (offset: number, side: "start" | "end") => {
    if (side === "start") return offset < from ? offset : offset >= to ? offset + delta : from;
    return offset <= from ? offset : offset >= to ? offset + delta : from + insert.length;
  };
  const truths = spans.map((s): Truth => {
    const touched = s.start < to && s.end > from && !(from === to && (from === s.start || from === s.end));
    const a = shift(s.start, "start");
    const b = shift(s.end, "end");
    return { touched, range: b > a ? [a, b] : null };
  });
  return { text: text.slice(0, from) + insert + text.slice(to), truths };
}

function trial(paragraphs: string[]) {
  const text = paragraphs.join(SEPARATOR);
  const words = wordStarts(paragraphs);
  const spans: StoredAnchor[] = Array.from({ length: SPANS }, (_, i) => {
    const first = Math.floor(random() * (words.length - 1));
    let last = first + Math.floor(random() * 6);
    while (last >= words.length || words[last].paragraph !== words[first].paragraph) last--;
    const [start, end] = [words[first].offset, words[last].end];
    return { id: String(i), start, end, exact: text.slice(start, end), ...quoteContext(text, start, end) };
  });

  const kind = pick(["insert", "insert", "insert", "delete", "delete", "replace", "replace", "inside", "move"]);
  if (kind === "move" && paragraphs.length > 2) {
    const from = Math.floor(random() * paragraphs.length);
    let to = Math.floor(random() * paragraphs.length);
    if (to === from) to = (to + 1) % paragraphs.length;
    const order = paragraphs.map((_, i) => i);
    order.splice(from, 1);
    order.splice(to, 0, from);
    const oldStarts: number[] = [];
    paragraphs.reduce((at, p, i) => ((oldStarts[i] = at), at + p.length + SEPARATOR.length), 0);
    const newStarts: number[] = [];
    order.reduce((at, p) => ((newStarts[p] = at), at + paragraphs[p].length + SEPARATOR.length), 0);
    const newText = order.map((i) => paragraphs[i]).join(SEPARATOR);
    const truths = spans.map((s): Truth => {
      const p = oldStarts.findLastIndex((start) => start <= s.start);
      const shift = newStarts[p] - oldStarts[p];
      return { touched: false, range: [s.start + shift, s.end + shift] };
    });
    return { kind, text, newText, spans, truths };
  }
  if (kind === "inside") {
    const target = pick(spans);
    const inside = words.filter((w) => w.offset >= target.start && w.end <= target.end);
    const w = pick(inside);
    const edit = textEdit(text, w.offset, w.end, pick(WORDS), spans);
    return { kind, text, newText: edit.text, spans, truths: edit.truths };
  }
  const w = pick(words);
  const next = words[words.indexOf(w) + 1];
  if (kind === "insert") {
    const edit = textEdit(text, w.offset, w.offset, `${pick(WORDS)} `, spans);
    return { kind, text, newText: edit.text, spans, truths: edit.truths };
  }
  // Delete or replace one or two words (with the space after), never a paragraph break.
  const end = next && next.paragraph === w.paragraph ? next.offset : w.end;
  const edit = textEdit(text, w.offset, end, kind === "replace" ? `${pick(WORDS)} ` : "", spans);
  return { kind, text, newText: edit.text, spans, truths: edit.truths };
}

const counts = {
  untouched: { right: 0, wrong: 0, orphaned: 0 },
  touched: { right: 0, wrong: 0, orphaned: 0 },
};
const wrongExamples: string[] = [];
for (let i = 0; i < TRIALS; i++) {
  const t = trial(pick(corpus));
  const results = reanchor(t.text, t.newText, t.spans);
  results.forEach((result, j) => {
    const truth = t.truths[j];
    const bucket = truth.touched ? counts.touched : counts.untouched;
    if (result.status === "orphaned") bucket.orphaned++;
    else if (truth.range && result.anchor.start === truth.range[0] && result.anchor.end === truth.range[1]) bucket.right++;
    else {
      bucket.wrong++;
      if (wrongExamples.length < 5) {
        wrongExamples.push(`${t.kind}: “${t.spans[j].exact}” → “${result.anchor.exact}” (${result.method}), expected ${truth.range ? `“${t.newText.slice(...truth.range)}”` : "gone"}`);
      }
    }
  });
}

// Speed: 2,000 annotations on a long article (the corpus four times), one word replaced mid-way.
const long = [...corpus.flat(), ...corpus.flat(), ...corpus.flat(), ...corpus.flat()];
const longText = long.join(SEPARATOR);
const longWords = wordStarts(long);
const many: StoredAnchor[] = Array.from({ length: 2_000 }, (_, i) => {
  const first = Math.floor(random() * (longWords.length - 8));
  const [start, end] = [longWords[first].offset, longWords[first + Math.floor(random() * 5)].end];
  return { id: String(i), start, end, exact: longText.slice(start, end), ...quoteContext(longText, start, end) };
});
const middle = longWords[Math.floor(longWords.length / 2)];
const edited = longText.slice(0, middle.offset) + "allegedly " + longText.slice(middle.offset);
const moved = [...long.slice(1, 200), long[0], ...long.slice(200)].join(SEPARATOR);
const time = (newText: string) =>
  stats(
    Array.from({ length: 10 }, () => {
      const started = performance.now();
      reanchor(longText, newText, many);
      return performance.now() - started;
    }),
  );
const oneWord = time(edited);
const oneMove = time(moved);

const pct = (n: number, total: number) => `${((100 * n) / Math.max(1, total)).toFixed(2)} %`;
const u = counts.untouched;
const t = counts.touched;
const untouchedTotal = u.right + u.wrong + u.orphaned;
const touchedTotal = t.right + t.wrong + t.orphaned;
console.log(`bench:anchoring — ${TRIALS} seeded edits × ${SPANS} annotations; ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}`);
console.log(`Spans the edit did not touch (${untouchedTotal}): right ${pct(u.right, untouchedTotal)} (target ≥ 99 %), wrong ${u.wrong}, orphaned ${u.orphaned}`);
console.log(`Spans the edit touched (${touchedTotal}): right ${pct(t.right, touchedTotal)}, wrong ${t.wrong}, orphaned ${t.orphaned} (orphaning these is allowed)`);
console.log(`Wrongly placed in all: ${u.wrong + t.wrong} (target 0)`);
for (const example of wrongExamples) console.log(`  wrong: ${example}`);
console.log(`Re-anchoring 2,000 annotations on an ${Math.round(longText.length / 1000)}k-character article:`);
console.log(`  one word inserted   median ${oneWord.median.toFixed(1)} ms, max ${oneWord.max.toFixed(1)} ms (target < 200 ms)`);
console.log(`  a paragraph moved   median ${oneMove.median.toFixed(1)} ms, max ${oneMove.max.toFixed(1)} ms`);
