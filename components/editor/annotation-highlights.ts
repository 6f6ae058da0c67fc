import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { buildTextIndex, offsetToPos, type JsonNode, type TextIndex } from "@/lib/anchoring/text-index";

export interface HighlightSpec {
  id: string;
  kind: "CLAIM" | "FIGURE" | "DENIAL";
  start: number;
  end: number;
}

export type HighlightChange =
  | { type: "add"; highlights: HighlightSpec[] }
  | { type: "remove"; ids: string[] }
  | { type: "select"; id: string | null };

interface HighlightState {
  index: TextIndex;
  decorations: DecorationSet;
  byId: Map<string, HighlightSpec>;
  selectedId: string | null;
}

export const annotationHighlightsKey = new PluginKey<HighlightState>("annotationHighlights");

/**
 * One element name per kind: ProseMirror nests decorations with different element names but
 * merges those with the same one, so overlapping spans of different kinds each keep their own
 * colour and underline. An annotation's id rides along as a class (`fm-a-<id>`), because merged
 * decorations keep every class but only one value of any other attribute.
 */
const ELEMENT: Record<HighlightSpec["kind"], string> = { CLAIM: "fm-claim", FIGURE: "fm-figure", DENIAL: "fm-denial" };

export const idClass = (id: string) => `fm-a-${id}`;

function decorate(index: TextIndex, highlight: HighlightSpec, selected: boolean): Decoration | null {
  const from = offsetToPos(index, highlight.start, "start");
  const to = offsetToPos(index, highlight.end, "end");
  if (to <= from) return null;
  return Decoration.inline(
    from,
    to,
    { nodeName: ELEMENT[highlight.kind], class: `${idClass(highlight.id)}${selected ? " fm-selected" : ""}` },
    { id: highlight.id },
  );
}

function decorations(index: TextIndex, highlights: Iterable<HighlightSpec>, selectedId: string | null): Decoration[] {
  const result: Decoration[] = [];
  for (const highlight of highlights) {
    const decoration = decorate(index, highlight, highlight.id === selectedId);
    if (decoration) result.push(decoration);
  }
  return result;
}

function withoutIds(state: EditorState, set: DecorationSet, ids: Set<string>): DecorationSet {
  return set.remove(set.find(undefined, undefined, (spec) => ids.has(spec.id)));
}

function apply(tr: Transaction, previous: HighlightState, state: EditorState): HighlightState {
  const changes = tr.getMeta(annotationHighlightsKey) as HighlightChange[] | undefined;
  return changes ? changes.reduce((current, change) => applyChange(change, current, state), previous) : previous;
}

function applyChange(meta: HighlightChange, previous: HighlightState, state: EditorState): HighlightState {
  const { index } = previous;
  switch (meta.type) {
    case "add": {
      const byId = new Map(previous.byId);
      meta.highlights.forEach((h) => byId.set(h.id, h));
      const replaced = withoutIds(state, previous.decorations, new Set(meta.highlights.map((h) => h.id)));
      return { ...previous, byId, decorations: replaced.add(state.doc, decorations(index, meta.highlights, previous.selectedId)) };
    }
    case "remove": {
      const byId = new Map(previous.byId);
      meta.ids.forEach((id) => byId.delete(id));
      return { ...previous, byId, decorations: withoutIds(state, previous.decorations, new Set(meta.ids)) };
    }
    case "select": {
      const touched = [previous.selectedId, meta.id].filter((id): id is string => Boolean(id) && previous.byId.has(id!));
      const cleared = withoutIds(state, previous.decorations, new Set(touched));
      const again = touched.map((id) => previous.byId.get(id)!);
      return { ...previous, selectedId: meta.id, decorations: cleared.add(state.doc, decorations(index, again, meta.id)) };
    }
  }
}

/** Ids of the annotations under a clicked element, innermost first. */
export function annotationIdsAt(target: EventTarget | null, root: HTMLElement): string[] {
  const ids: string[] = [];
  for (let el = target instanceof Element ? target : null; el && el !== root; el = el.parentElement) {
    el.classList.forEach((name) => {
      if (name.startsWith("fm-a-")) ids.push(name.slice(5));
    });
  }
  return ids;
}

/** Applies highlight changes in one transaction, so the view updates (and lays out) once. */
export function withHighlightChanges(tr: Transaction, changes: HighlightChange[]): Transaction {
  return tr.setMeta(annotationHighlightsKey, changes);
}

/**
 * Shows annotations as decorations computed from their anchors, never as marks in the document,
 * so the article text stays the single source of truth.
 */
export const AnnotationHighlights = Extension.create<{ initial: HighlightSpec[] }>({
  name: "annotationHighlights",

  addOptions() {
    return { initial: [] };
  },

  addProseMirrorPlugins() {
    // The first render already carries the highlights, so a long article is drawn once, not twice.
    const { initial } = this.options;
    return [
      new Plugin<HighlightState>({
        key: annotationHighlightsKey,
        state: {
          init: (_config, state) => {
            const index = buildTextIndex(state.doc.toJSON() as JsonNode);
            return {
              index,
              byId: new Map(initial.map((h) => [h.id, h])),
              selectedId: null,
              decorations: DecorationSet.create(state.doc, decorations(index, initial, null)),
            };
          },
          apply,
        },
        props: {
          decorations: (state) => annotationHighlightsKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
