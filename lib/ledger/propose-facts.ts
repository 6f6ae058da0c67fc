import { measureOf, type FigureMeasure } from "./figure-unit";

/** A figure annotation of one of the story's articles, as the proposer sees it. */
export interface FigureEntry {
  id: string;
  articleId: string;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
}

export interface ProposedFact {
  label: string;
  unit: string | null;
  /** Annotation ids, in the order given. */
  entryIds: string[];
}

/** Families that news copy uses for one thing: "calls", "records" and "messages" are all intercepted communications. */
const KINDRED: Record<string, string> = { calls: "communications", records: "communications", people: "people", deaths: "people" };
/** How far apart two outlets' numbers for one fact may be before they are taken for different facts. */
const MAX_RATIO = 1.25;

interface Item {
  entry: FigureEntry;
  index: number;
  measure: FigureMeasure;
  lo: number | null;
  hi: number | null;
}

const kin = (m: FigureMeasure) => (m.family ? (KINDRED[m.family] ?? m.family) : null);

function sameKind(a: Item, b: Item): boolean {
  if (a.measure.dimension !== b.measure.dimension || a.measure.per !== b.measure.per) return false;
  if (a.measure.dimension === "money") return a.measure.family === b.measure.family;
  const [ka, kb] = [kin(a.measure), kin(b.measure)];
  return ka === null || kb === null || ka === kb;
}

function closeValues(a: Item, b: Item): boolean {
  if (a.lo === null || b.lo === null || a.hi === null || b.hi === null) return false;
  if (a.lo <= b.hi && b.lo <= a.hi) return true;
  const [small, large] = a.hi < b.lo ? [a.hi, b.lo] : [b.hi, a.lo];
  return small > 0 && large / small <= MAX_RATIO;
}

/** A vague figure ("millions of calls") joins a fact only on what it counts, which both must name. */
function sameThing(a: Item, b: Item): boolean {
  const [ka, kb] = [kin(a.measure), kin(b.measure)];
  return ka !== null && ka === kb;
}

function labelOf(items: Item[]): { label: string; unit: string | null } {
  const named = items.map((i) => i.entry.unit).filter((u): u is string => Boolean(u) && u !== "%");
  const longest = named.sort((a, b) => b.length - a.length)[0] ?? null;
  const first = items[0].measure;
  if (first.dimension === "duration") return { label: "a period of time", unit: "days" };
  if (first.dimension === "percent") return { label: longest ? `share (${longest})` : "a share", unit: "%" };
  return { label: longest ?? "a number", unit: first.family ?? longest };
}

/**
 * Which figure annotations of a story report the same fact. Two figures are taken for one fact
 * when they measure the same kind of thing (dimension, rate, the family of what they count) and
 * their numbers agree within a quarter, or, for a vague figure ("millions of calls"), when both
 * name the same kind of thing. Facts are the connected groups of such pairs, of two or more.
 * Figures are compared with their neighbours by size only, so 5,000 figures take milliseconds.
 */
export function proposeFacts(entries: FigureEntry[]): ProposedFact[] {
  const items: Item[] = entries.map((entry, index) => {
    const measure = measureOf(entry.unit);
    const lo = entry.value === null ? null : entry.value * measure.scale;
    const hi = entry.value === null ? null : (entry.valueMax ?? entry.value) * measure.scale;
    return { entry, index, measure, lo, hi };
  });
  const parent = items.map((_, i) => i);
  // Each group's smallest and largest number and its widest range: a group never spreads wider
  // than two outlets may differ (beyond a range one of them gives), so 1.0, 1.2, 1.44 … million
  // do not chain into one fact.
  const low = items.map((i) => i.lo ?? Infinity);
  const high = items.map((i) => i.hi ?? -Infinity);
  const widest = items.map((i) => (i.lo && i.hi ? i.hi / i.lo : 1));
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const join = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    const lo = Math.min(low[ra], low[rb]);
    const hi = Math.max(high[ra], high[rb]);
    const wide = Math.max(widest[ra], widest[rb]);
    if (Number.isFinite(lo) && lo > 0 && hi / lo > wide * MAX_RATIO) return;
    parent[ra] = rb;
    [low[rb], high[rb], widest[rb]] = [lo, hi, wide];
  };

  const buckets = new Map<string, Item[]>();
  for (const item of items) {
    const key = `${item.measure.dimension}|${item.measure.per ?? ""}`;
    buckets.set(key, [...(buckets.get(key) ?? []), item]);
  }
  for (const bucket of buckets.values()) {
    const numeric = bucket.filter((i) => i.lo !== null).sort((a, b) => a.lo! - b.lo!);
    for (let i = 0; i < numeric.length; i += 1) {
      for (let j = i + 1; j < numeric.length && numeric[j].lo! <= numeric[i].hi! * MAX_RATIO; j += 1) {
        if (sameKind(numeric[i], numeric[j]) && closeValues(numeric[i], numeric[j])) join(numeric[i].index, numeric[j].index);
      }
    }
    // A vague figure joins the first figure (vague or not) that counts the same kind of thing.
    const vague = bucket.filter((i) => i.lo === null);
    for (const item of vague) {
      const match = bucket.find((other) => other !== item && sameThing(item, other) && (other.lo !== null || other.index < item.index));
      if (match) join(item.index, match.index);
    }
  }

  const groups = new Map<number, Item[]>();
  for (const item of items) groups.set(find(item.index), [...(groups.get(find(item.index)) ?? []), item]);
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => ({ ...labelOf(group), entryIds: group.sort((a, b) => a.index - b.index).map((i) => i.entry.id) }));
}
