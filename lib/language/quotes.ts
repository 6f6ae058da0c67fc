import type { TextRange } from "./sentences";

/**
 * The quoted passages of a paragraph: “curly” pairs and straight "double" quotes, which open and
 * close in turn. A quote left open runs to the paragraph's end, as news copy does when a quote
 * goes on in the next paragraph.
 */
export function quotedRanges(text: string, paragraph: TextRange): TextRange[] {
  const ranges: TextRange[] = [];
  let open: number | null = null;
  for (let i = paragraph.start; i < paragraph.end; i += 1) {
    const char = text[i];
    if (char === "“" || (char === '"' && open === null)) {
      if (open === null) open = i + 1;
    } else if ((char === "”" || char === '"') && open !== null) {
      ranges.push({ start: open, end: i });
      open = null;
    }
  }
  if (open !== null && open < paragraph.end) ranges.push({ start: open, end: paragraph.end });
  return ranges;
}

export const isInside = (ranges: TextRange[], at: number) => ranges.some((r) => at >= r.start && at < r.end);
