/**
 * The five demo corpus articles with their gold spans (prisma/seed-data/gold.json) placed in each
 * article's canonical text, as the app imports it: a span is found by its words, the occurrence
 * nearest to where it was in the file; the repeated half of one article is a region not scored.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { paragraphsFromPlainText } from "../../lib/text/plain-text";
import type { GoldOnText, Kind } from "./score-suggestions";

interface CorpusGold {
  spans: { file: string; kind: Kind; start: number; end: number; quote: string; core?: string }[];
  not_scored: { file: string; start: number; end: number }[];
}

export interface CorpusArticle {
  file: string;
  raw: string;
  text: string;
  gold: GoldOnText[];
  skipped: { start: number; end: number }[];
}

/** Where a file's span lands in the canonical text: the occurrence of its words nearest to where it was. */
function place(text: string, quote: string, near: number): number {
  let best = -1;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (best === -1 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  if (best === -1) throw new Error(`Gold quote not found in the canonical text: ${quote.slice(0, 60)}`);
  return best;
}

export const corpusDir = (root: string) => path.join(root, "prisma", "seed-data", "corpus");

export function loadCorpus(root: string): CorpusArticle[] {
  const gold = JSON.parse(readFileSync(path.join(root, "prisma", "seed-data", "gold.json"), "utf8")) as CorpusGold;
  const files = [...new Set(gold.spans.map((s) => s.file))].sort();
  return files.map((file) => {
    const raw = readFileSync(path.join(corpusDir(root), file), "utf8");
    const text = paragraphsFromPlainText(raw).join("\n\n");
    const spans = gold.spans
      .filter((s) => s.file === file)
      .map((s) => {
        const start = place(text, s.quote, s.start);
        const coreAt = s.core ? start + s.quote.indexOf(s.core) : start;
        return { kind: s.kind, start, end: start + s.quote.length, coreStart: coreAt, coreEnd: coreAt + (s.core?.length ?? 0), exact: s.quote };
      });
    const skipped = gold.not_scored
      .filter((r) => r.file === file)
      .map((r) => {
        const words = raw.slice(r.start, r.end).trim();
        const head = words.slice(0, 80);
        const tail = words.slice(-80);
        return { start: place(text, head, r.start), end: place(text, tail, r.end - 80) + tail.length };
      });
    return { file, raw, text, gold: spans, skipped };
  });
}
