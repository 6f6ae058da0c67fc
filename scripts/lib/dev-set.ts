/**
 * The claims development set (tests/claims-dev/): news texts retold from public reporting, with
 * gold spans drawn by docs/annotation-guide.md, split once into a tuning half and a held-back
 * half. Read here for `npm run devset:check`, its test and `npm run eval:suggest`.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type GoldKind = "figure" | "claim" | "denial";
export type Split = "tuning" | "held-back";

export interface DevSpan {
  file: string;
  kind: GoldKind;
  start: number;
  end: number;
  exact: string;
  /** Figures only: the numeric words a matching suggestion must hold. */
  core?: string;
}

export interface DevFile {
  file: string;
  subject: string;
  split: Split;
}

export interface DevSet {
  files: DevFile[];
  spans: DevSpan[];
  text(file: string): string;
}

export const devSetDir = (root: string) => path.join(root, "tests", "claims-dev");

export function loadDevSet(root: string): DevSet {
  const dir = devSetDir(root);
  const gold = JSON.parse(readFileSync(path.join(dir, "gold.json"), "utf8")) as { files: DevFile[]; spans: DevSpan[] };
  const texts = new Map<string, string>();
  return {
    ...gold,
    text(file) {
      if (!texts.has(file)) texts.set(file, readFileSync(path.join(dir, "articles", file), "utf8"));
      return texts.get(file)!;
    },
  };
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Every way the set falls short of its own rules, in words: an offset that does not hold its
 * exact text, a figure whose core is not in it, an article outside 300–1,500 words, a file listed
 * twice or not at all, too few articles or subjects, a split that is not two halves.
 */
export function devSetProblems(root: string): string[] {
  const set = loadDevSet(root);
  const problems: string[] = [];
  const onDisk = readdirSync(path.join(devSetDir(root), "articles")).filter((f) => f.endsWith(".txt")).sort();
  const listed = set.files.map((f) => f.file);
  for (const file of onDisk) if (!listed.includes(file)) problems.push(`${file} is in articles/ but not in gold.json's files`);
  for (const file of listed) {
    if (!onDisk.includes(file)) problems.push(`${file} is listed but has no article`);
    if (listed.indexOf(file) !== listed.lastIndexOf(file)) problems.push(`${file} is listed twice`);
  }
  for (const { file } of set.files.filter((f) => onDisk.includes(f.file))) {
    const count = words(set.text(file));
    if (count < 300 || count > 1500) problems.push(`${file} has ${count} words (300–1,500 wanted)`);
  }
  for (const span of set.spans) {
    if (!onDisk.includes(span.file)) {
      problems.push(`a span names ${span.file}, which has no article`);
      continue;
    }
    const text = set.text(span.file);
    const at = text.slice(span.start, span.end);
    if (at !== span.exact) problems.push(`${span.file} ${span.start}-${span.end}: the text there is "${at.slice(0, 60)}", not "${span.exact.slice(0, 60)}"`);
    if (!["figure", "claim", "denial"].includes(span.kind)) problems.push(`${span.file} ${span.start}: unknown kind "${span.kind}"`);
    if (span.kind === "figure" && (!span.core || !span.exact.includes(span.core))) problems.push(`${span.file} ${span.start}: figure "${span.exact}" lacks its core`);
  }
  if (set.files.length < 20) problems.push(`only ${set.files.length} articles (20 wanted)`);
  const subjects = new Set(set.files.map((f) => f.subject));
  if (subjects.size < 6) problems.push(`only ${subjects.size} subjects (6 wanted)`);
  const tuning = set.files.filter((f) => f.split === "tuning").length;
  const held = set.files.filter((f) => f.split === "held-back").length;
  if (tuning + held !== set.files.length || Math.abs(tuning - held) > 1) problems.push(`the split is ${tuning} tuning / ${held} held back, not two halves`);
  return problems;
}
