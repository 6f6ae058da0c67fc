import { measureOf, type FigureMeasure } from "../language/figure-unit";

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

function labelOf(items: Item[]): { label: string; unit: string | null } {
  const named = items.map((i) => i.entry.unit).filter((u): u is string => Boolean(u) && u !== "%");
  const longest = named.sort((a, b) => b.length - a.length)[0] ?? null;
  const first = items[0].measure;
  if (first.dimension === "duration") return { label: "a period of time", unit: "days" };
  if (first.dimension === "percent") return { label: longest ? `share (${longest})` : "a share", unit: "%" };
  return { label: longest ?? "a number", unit: first.family ?? longest };
}

interface Group {
  items: Item[];
  /** The group's smallest and largest number, and its widest range (a range counts whole). */
  lo: number;
  hi: number;
  wide: number;
  /** What it counts, once a member says. */
  kin: string | null;
  /** The number each article gave: an article that states two different numbers of one kind is
   * reporting two facts (a figure per region, per year), so they never share a group. */
  numbers: Map<string, number>;
}

function accepts(group: Group, item: Item): boolean {
  const kind = kin(item.measure);
  if (group.kin && kind && group.kin !== kind) return false;
  if (!sameKind(group.items[0], item)) return false;
  const lo = Math.min(group.lo, item.lo!);
  const hi = Math.max(group.hi, item.hi!);
  if (hi / lo > Math.max(group.wide, item.hi! / item.lo!) * MAX_RATIO) return false;
  const stated = group.numbers.get(item.entry.articleId);
  return stated === undefined || stated === item.lo;
}

function add(group: Group, item: Item): void {
  group.items.push(item);
  group.lo = Math.min(group.lo, item.lo ?? Infinity);
  group.hi = Math.max(group.hi, item.hi ?? -Infinity);
  if (item.lo && item.hi) group.wide = Math.max(group.wide, item.hi / item.lo);
  group.kin ??= kin(item.measure);
  if (item.lo !== null) group.numbers.set(item.entry.articleId, item.lo);
}

const newGroup = (item: Item): Group => {
  const group: Group = { items: [], lo: Infinity, hi: -Infinity, wide: 1, kin: null, numbers: new Map() };
  add(group, item);
  return group;
};

/** How far a number lies from a group's numbers, on a log scale (0 inside them). */
function distance(group: Group, item: Item): number {
  if (item.hi! < group.lo) return Math.log(group.lo / item.hi!);
  if (item.lo! > group.hi) return Math.log(item.lo! / group.hi);
  return 0;
}

/**
 * Which figure annotations of a story report the same fact. A figure joins a fact when it
 * measures the same kind of thing (dimension, rate, the family of what it counts) and its number
 * keeps the fact's numbers within a quarter of each other (beyond a range one of them gives), and
 * never when the fact already has a different number from the same article; a vague figure
 * ("millions of calls") joins a fact that counts the same kind of thing. Figures are taken in
 * order of size, each into the nearest fact that accepts it, so 5,000 figures take milliseconds.
 * Facts of one figure are not proposed.
 */
export function proposeFacts(entries: FigureEntry[]): ProposedFact[] {
  const items: Item[] = entries.map((entry, index) => {
    const measure = measureOf(entry.unit);
    const lo = entry.value === null ? null : entry.value * measure.scale;
    const hi = entry.value === null ? null : (entry.valueMax ?? entry.value) * measure.scale;
    return { entry, index, measure, lo, hi };
  });
  const buckets = new Map<string, Item[]>();
  for (const item of items) {
    const key = `${item.measure.dimension}|${item.measure.per ?? ""}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(item);
    else buckets.set(key, [item]);
  }

  const groups: Group[] = [];
  for (const bucket of buckets.values()) {
    const made: Group[] = [];
    let open: Group[] = [];
    for (const item of bucket.filter((i) => i.lo !== null && i.lo > 0).sort((a, b) => a.lo! - b.lo!)) {
      // Numbers come in ascending order: a fact whose smallest number is now too far below can take no more.
      open = open.filter((g) => item.lo! <= g.lo * g.wide * MAX_RATIO);
      let best: Group | undefined;
      for (const group of open) if (accepts(group, item) && (!best || distance(group, item) < distance(best, item))) best = group;
      if (best) add(best, item);
      else {
        const group = newGroup(item);
        open.push(group);
        made.push(group);
      }
    }
    for (const item of bucket.filter((i) => i.lo === null || i.lo <= 0)) {
      const kind = kin(item.measure);
      const home = kind === null ? undefined : made.filter((g) => g.kin === kind).sort((a, b) => b.items.length - a.items.length)[0];
      if (home) add(home, item);
      else if (kind !== null) made.push(newGroup(item));
    }
    groups.push(...made);
  }

  return groups
    .filter((group) => group.items.length > 1)
    .map((group) => group.items.sort((a, b) => a.index - b.index))
    .sort((a, b) => a[0].index - b[0].index)
    .map((members) => ({ ...labelOf(members), entryIds: members.map((i) => i.entry.id) }));
}
