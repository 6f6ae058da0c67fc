"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { forwardRef, useImperativeHandle, useLayoutEffect, useRef } from "react";
import { TextSelection as PmTextSelection } from "@tiptap/pm/state";
import { posToOffset, type JsonNode } from "@/lib/anchoring/text-index";
import { KIND_SHORTCUTS, type Kind } from "../annotations/labels";
import {
  AnnotationHighlights,
  annotationHighlightsKey,
  annotationIdsAt,
  idClass,
  withHighlightChanges,
  type HighlightChange,
  type HighlightSpec,
} from "./annotation-highlights";
import { ReadOnlyText } from "./read-only-text";

export interface TextSelection {
  start: number;
  end: number;
  exact: string;
  /** The editor positions the selection had, to recognise it later. */
  from: number;
  to: number;
  /** Where to show the toolbar, relative to the editor's frame. */
  top: number;
  left: number;
}

export interface ArticleEditorHandle {
  scrollTo(id: string): void;
  /** Collapses `selection` if it is still the editor's selection (a person may have moved on). */
  clearSelection(selection: TextSelection): void;
}

interface Props {
  content: JsonNode;
  highlights: HighlightSpec[];
  selectedId: string | null;
  onSelect(id: string | null): void;
  onSelectionChange(selection: TextSelection | null): void;
  onTagShortcut(kind: Kind): void;
}

const SHORTCUT_KINDS = Object.fromEntries(Object.entries(KIND_SHORTCUTS).map(([kind, key]) => [key, kind as Kind]));

export const ArticleEditor = forwardRef<ArticleEditorHandle, Props & { fallback: React.ReactNode }>(function ArticleEditor(props, ref) {
  const frame = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  latest.current = props;
  // What the editor shows now; it starts with the highlights the editor was created with.
  const shown = useRef<Map<string, HighlightSpec>>(new Map(props.highlights.map((h) => [h.id, h])));

  const editor = useEditor({
    immediatelyRender: false,
    extensions: [
      StarterKit.configure({ undoRedo: false, trailingNode: false, dropcursor: false, gapcursor: false, link: { openOnClick: false } }),
      ReadOnlyText,
      AnnotationHighlights.configure({ initial: props.highlights }),
    ],
    content: props.content,
    editorProps: {
      attributes: { class: "article-body", "aria-label": "Article text", "aria-readonly": "true", spellcheck: "false" },
      handleClick(view, _pos, event) {
        if (!view.state.selection.empty) return false;
        const ids = annotationIdsAt(event.target, view.dom);
        if (!ids.length) return false;
        const spans = new Map(latest.current.highlights.map((h) => [h.id, h.end - h.start]));
        const innermost = ids.filter((id) => spans.has(id)).sort((a, b) => spans.get(a)! - spans.get(b)!)[0];
        if (innermost) latest.current.onSelect(innermost);
        return false;
      },
      handleKeyDown(view, event) {
        if (view.state.selection.empty || event.ctrlKey || event.metaKey || event.altKey) return false;
        const kind = SHORTCUT_KINDS[event.key.toLowerCase()];
        if (!kind) return false;
        latest.current.onTagShortcut(kind);
        return true;
      },
    },
    onSelectionUpdate({ editor }) {
      const { from, to, empty } = editor.state.selection;
      const index = annotationHighlightsKey.getState(editor.state)?.index;
      if (empty || !index || !frame.current) return latest.current.onSelectionChange(null);
      let start = posToOffset(index, from, "start");
      let end = posToOffset(index, to, "end");
      // A quote never starts or ends on whitespace (double-click often takes a trailing space).
      while (start < end && /\s/.test(index.text[start])) start++;
      while (end > start && /\s/.test(index.text[end - 1])) end--;
      if (end <= start) return latest.current.onSelectionChange(null);
      const box = frame.current.getBoundingClientRect();
      const coords = editor.view.coordsAtPos(from);
      latest.current.onSelectionChange({ start, end, exact: index.text.slice(start, end), from, to, top: coords.top - box.top, left: coords.left - box.left });
    },
  });

  const shownSelection = useRef<string | null>(null);
  const arrived = useRef(false);
  const collapsePending = useRef<{ from: number; to: number } | null>(null);

  // Decorations follow the annotation list, changing only what changed, in one transaction
  // before the browser paints: each view update of a long article costs a layout.
  useLayoutEffect(() => {
    if (!editor) return;
    const next = new Map(props.highlights.map((h) => [h.id, h]));
    const previous = shown.current;
    const removed = [...previous.keys()].filter((id) => !next.has(id));
    const changed = props.highlights.filter((h) => {
      const old = previous.get(h.id);
      return !old || old.kind !== h.kind || old.start !== h.start || old.end !== h.end;
    });
    const changes: HighlightChange[] = [];
    if (removed.length) changes.push({ type: "remove", ids: removed });
    if (changed.length) changes.push({ type: "add", highlights: changed });
    if (shownSelection.current !== props.selectedId) changes.push({ type: "select", id: props.selectedId });
    const collapse = collapsePending.current;
    collapsePending.current = null;
    const stillSelected = collapse !== null && editor.state.selection.from === collapse.from && editor.state.selection.to === collapse.to;
    if (changes.length || stillSelected) {
      let tr = withHighlightChanges(editor.state.tr, changes);
      // The tagged text's selection goes in the same transaction: one view update, one layout.
      if (stillSelected) tr = tr.setSelection(PmTextSelection.create(tr.doc, tr.selection.to));
      editor.view.dispatch(tr);
    }
    shown.current = next;
    shownSelection.current = props.selectedId;
    // A link that opens an annotation (from the review queue) also brings it into view.
    if (!arrived.current) {
      arrived.current = true;
      if (props.selectedId) editor.view.dom.querySelector(`.${idClass(props.selectedId)}`)?.scrollIntoView({ block: "center" });
    }
    // Lets people and benchmarks tell when the highlights are on screen.
    if (frame.current) frame.current.dataset.highlights = String(next.size);
  }, [editor, props.highlights, props.selectedId]);

  useImperativeHandle(
    ref,
    () => ({
      scrollTo(id) {
        editor?.view.dom.querySelector(`.${idClass(id)}`)?.scrollIntoView({ block: "center", behavior: "smooth" });
      },
      clearSelection(selection) {
        // Collapsed with the next highlight change, in the same transaction.
        collapsePending.current = { from: selection.from, to: selection.to };
      },
    }),
    [editor],
  );

  return (
    <div className="editor-frame" ref={frame} data-editor-ready={editor ? "true" : undefined}>
      {editor ? <EditorContent editor={editor} /> : props.fallback}
    </div>
  );
});
