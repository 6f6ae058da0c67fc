import type { AnnotationKind } from "@/lib/vocabulary/names";
import type { EditorView } from "@tiptap/pm/view";
import { offsetToPos, posToOffset, type TextIndex } from "@/lib/anchoring/text-index";

export interface HighlightSpec {
  id: string;
  kind: AnnotationKind;
  start: number;
  end: number;
}

/**
 * The names the stylesheet paints (`::highlight(fm-claim)` …). Spans of one kind that overlap
 * go in a second highlight of that kind, painted over the first, so a nested span reads darker
 * instead of merging into its neighbour.
 */
export interface HighlightNames {
  kinds: Record<HighlightSpec["kind"], readonly [string, string]>;
  selected: string;
}

export const ANNOTATION_HIGHLIGHTS: HighlightNames = {
  kinds: { CLAIM: ["fm-claim", "fm-claim-nested"], FIGURE: ["fm-figure", "fm-figure-nested"], DENIAL: ["fm-denial", "fm-denial-nested"] },
  selected: "fm-selected",
};

/** The machine's suggestions: a dotted line in the kind's colour, painted under annotations. */
export const SUGGESTION_HIGHLIGHTS: HighlightNames = {
  kinds: { CLAIM: ["fm-suggest-claim", "fm-suggest-claim"], FIGURE: ["fm-suggest-figure", "fm-suggest-figure"], DENIAL: ["fm-suggest-denial", "fm-suggest-denial"] },
  selected: "fm-suggest-selected",
};

export function highlightsSupported(): boolean {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
}

interface Placed {
  spec: HighlightSpec;
  range: Range;
  name: string;
  /** The last sync that still had it. */
  shown: number;
}

const documentOrder = (a: HighlightSpec, b: HighlightSpec) => a.start - b.start || b.end - a.end;

/** Which spans overlap an earlier span of the same kind, in a sweep over document order. */
function nestedIds(specs: readonly HighlightSpec[]): Set<string> {
  // The page hands them over in document order already: a sort is needed only when not.
  const ordered = specs.every((spec, i) => i === 0 || documentOrder(specs[i - 1], spec) <= 0);
  const sorted = ordered ? specs : [...specs].sort(documentOrder);
  const reach: Partial<Record<HighlightSpec["kind"], number>> = {};
  const nested = new Set<string>();
  for (const spec of sorted) {
    if (spec.start < (reach[spec.kind] ?? -1)) nested.add(spec.id);
    else reach[spec.kind] = spec.end;
  }
  return nested;
}

/**
 * Paints annotations over the article with the CSS Custom Highlight API: each annotation is a
 * DOM Range registered in a named highlight, so the article's DOM is never split into thousands
 * of inline elements. Opening an article with 2,000 annotations then costs what the plain text
 * costs, and showing one more changes no layout at all. The ranges are computed from the
 * anchors' offsets, never stored in the document, so the text stays the single source of truth.
 */
export class HighlightLayer {
  readonly index: TextIndex;
  private readonly view: EditorView;
  private readonly highlights = new Map<string, Highlight>();
  private readonly placed = new Map<string, Placed>();
  private selectedId: string | null = null;
  /** The list last shown: opening another annotation (j/k, clicks) changes only the selection. */
  private shown: readonly HighlightSpec[] | null = null;
  private syncs = 0;
  private readonly observer: MutationObserver;
  /** The element the editor sat in when the ranges were made: moving the editor collapses them. */
  private parent: Node | null;

  private readonly names: HighlightNames;

  /** `priority` orders layers: a higher one paints over a lower one where both style the same words. */
  constructor(view: EditorView, index: TextIndex, names: HighlightNames = ANNOTATION_HIGHLIGHTS, priority = 10) {
    this.view = view;
    this.index = index;
    this.names = names;
    this.parent = view.dom.parentNode;
    const all = [...new Set([...Object.values(names.kinds).flat(), names.selected])];
    all.forEach((name, order) => {
      const highlight = new Highlight();
      highlight.priority = priority + order;
      this.highlights.set(name, highlight);
      CSS.highlights.set(name, highlight);
    });
    // ProseMirror redraws a paragraph when it refuses an edit typed into it; the ranges in the
    // old text nodes would collapse, so they are made again from the anchors.
    this.observer = new MutationObserver(() => this.rebuild());
    this.observer.observe(view.dom, { childList: true, subtree: true, characterData: true });
  }

  /** Shows exactly `specs`, with `selectedId` marked, changing only what changed. */
  sync(specs: readonly HighlightSpec[], selectedId: string | null): void {
    if (this.view.dom.parentNode !== this.parent) this.rebuild();
    if (specs !== this.shown) this.place(specs);
    this.shown = specs;
    this.select(selectedId);
  }

  // Marks what is still shown instead of building a map of 2,000 specs on every change: showing
  // one more annotation then makes one range and next to no garbage.
  private place(specs: readonly HighlightSpec[]): void {
    const sync = ++this.syncs;
    const nested = nestedIds(specs);
    for (const spec of specs) {
      const name = this.names.kinds[spec.kind][nested.has(spec.id) ? 1 : 0];
      const current = this.placed.get(spec.id);
      if (current && (current.spec === spec || (current.spec.start === spec.start && current.spec.end === spec.end))) {
        current.spec = spec;
        current.shown = sync;
        if (current.name !== name) this.move(current, name);
        continue;
      }
      if (current) this.highlights.get(current.name)!.delete(current.range);
      const range = this.rangeFor(spec);
      if (!range) {
        this.placed.delete(spec.id);
        continue;
      }
      this.placed.set(spec.id, { spec, range, name, shown: sync });
      this.highlights.get(name)!.add(range);
    }
    for (const [id, { range, name, shown }] of this.placed) {
      if (shown === sync) continue;
      this.highlights.get(name)!.delete(range);
      this.placed.delete(id);
    }
  }

  /** The live range of an annotation's words, to scroll to or measure. */
  rangeOf(id: string): Range | undefined {
    return this.placed.get(id)?.range;
  }

  /** Ids of the annotations drawn under a point of the screen, innermost (shortest) first. */
  idsAt(x: number, y: number): string[] {
    const hit = this.view.posAtCoords({ left: x, top: y });
    if (!hit) return [];
    const offset = posToOffset(this.index, hit.pos);
    const found: Placed[] = [];
    for (const placed of this.placed.values()) {
      // The caret position nearest the point may sit just after the word under it.
      if (placed.spec.start > offset || placed.spec.end < offset) continue;
      const rects = placed.range.getClientRects();
      for (let i = 0; i < rects.length; i++) {
        const rect = rects[i];
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) {
          found.push(placed);
          break;
        }
      }
    }
    return found.sort((a, b) => a.spec.end - a.spec.start - (b.spec.end - b.spec.start)).map((placed) => placed.spec.id);
  }

  destroy(): void {
    this.observer.disconnect();
    for (const [name, highlight] of this.highlights) {
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
  }

  private select(id: string | null): void {
    const selected = this.highlights.get(this.names.selected)!;
    const range = id ? this.placed.get(id)?.range : undefined;
    if (id === this.selectedId && (range ? selected.has(range) : selected.size === 0)) return;
    selected.clear();
    this.selectedId = id;
    if (range) selected.add(range);
  }

  private move(placed: Placed, name: string): void {
    this.highlights.get(placed.name)!.delete(placed.range);
    this.highlights.get(name)!.add(placed.range);
    placed.name = name;
  }

  private rangeFor(spec: HighlightSpec): Range | null {
    const from = offsetToPos(this.index, spec.start, "start");
    const to = offsetToPos(this.index, spec.end, "end");
    if (to <= from) return null;
    const start = this.view.domAtPos(from, 1);
    const end = this.view.domAtPos(to, -1);
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range;
  }

  /** Makes every range again from its anchor (the DOM under them was replaced). */
  private rebuild(): void {
    this.parent = this.view.dom.parentNode;
    this.highlights.forEach((highlight) => highlight.clear());
    for (const [id, placed] of this.placed) {
      const range = this.rangeFor(placed.spec);
      if (!range) {
        this.placed.delete(id);
        continue;
      }
      placed.range = range;
      this.highlights.get(placed.name)!.add(range);
    }
    this.select(this.selectedId);
  }
}
