/**
 * Finding a quote in changed text: exact occurrences scored by their context, and approximate
 * matches within a bounded edit distance. Pure functions; the callers decide what is confident.
 */

export function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

export function commonSuffixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** How much of the stored prefix and suffix still surround [start, end) in `text`. */
export function contextScore(text: string, start: number, end: number, prefix: string, suffix: string) {
  const before = commonSuffixLength(prefix, text.slice(Math.max(0, start - prefix.length), start));
  const after = commonPrefixLength(suffix, text.slice(end, end + suffix.length));
  return { before, after, total: before + after };
}

export function occurrences(text: string, quote: string, limit = 200): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1 && found.length < limit; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/**
 * Levenshtein distance, or `max + 1` as soon as it is known to exceed `max`. Only the diagonal
 * band |i - j| <= max can hold a distance within `max`, so only it is computed: the cost is
 * length x (2 max + 1), not length x length (two 5,000-character quotes were 25 million steps).
 */
export function boundedDistance(a: string, b: string, max: number): number {
  const over = max + 1;
  if (Math.abs(a.length - b.length) > max) return over;
  const m = b.length;
  let previous = new Array<number>(m + 2);
  let current = new Array<number>(m + 2);
  for (let j = 0; j <= m; j++) previous[j] = j <= max ? j : over;
  previous[m + 1] = over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    current[from - 1] = from === 1 && i <= max ? i : over;
    let rowMin = current[from - 1];
    const ch = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const value = Math.min(previous[j - 1] + (ch === b.charCodeAt(j - 1) ? 0 : 1), previous[j] + 1, current[j - 1] + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    // The cell right of the band is read by the next row: it is out of reach.
    current[to + 1] = over;
    if (rowMin > max) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[m], over);
}

export interface ApproximateMatch {
  start: number;
  end: number;
  errors: number;
}

/**
 * Every best approximate occurrence of `pattern` in text[from, to) with at most `maxErrors`
 * edits (Sellers' algorithm for the ends, then the closest start for each end).
 */
export function approximateMatches(text: string, pattern: string, from: number, to: number, maxErrors: number): ApproximateMatch[] {
  const m = pattern.length;
  let column = Array.from({ length: m + 1 }, (_, i) => i);
  const ends: { end: number; errors: number }[] = [];
  for (let j = from; j < to; j++) {
    const next = [0];
    const ch = text.charCodeAt(j);
    for (let i = 1; i <= m; i++) {
      next[i] = Math.min(column[i - 1] + (pattern.charCodeAt(i - 1) === ch ? 0 : 1), column[i] + 1, next[i - 1] + 1);
    }
    column = next;
    if (column[m] <= maxErrors) ends.push({ end: j + 1, errors: column[m] });
  }
  if (!ends.length) return [];
  const best = Math.min(...ends.map((e) => e.errors));
  // Neighbouring ends of one match differ by a character; keep the local best of each run.
  const matches: ApproximateMatch[] = [];
  for (const { end } of ends.filter((e) => e.errors === best)) {
    if (matches.length && end - matches[matches.length - 1].end <= maxErrors + 1) continue;
    let bestStart = end - m;
    let bestErrors = Infinity;
    for (let start = Math.max(from, end - m - maxErrors); start <= Math.min(end, end - m + maxErrors); start++) {
      const errors = boundedDistance(pattern, text.slice(start, end), maxErrors);
      if (errors < bestErrors) {
        bestErrors = errors;
        bestStart = start;
      }
    }
    matches.push({ start: bestStart, end, errors: bestErrors });
  }
  return matches;
}
