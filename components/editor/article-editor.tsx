"use client";

import { EditorContent, useEditor, type UseEditorOptions } from "@tiptap/react";
import { articleExtensions } from "@/lib/articles/article-extensions";
import { forwardRef, useImperativeHandle, useLayoutEffect, useRef, useState } from "react";
import { TextSelection as PmTextSelection } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { buildTextIndex, offsetToPos, posToOffset, type JsonNode, type TextIndex } from "@/lib/anchoring/text-index";
import { HighlightLayer, highlightsSupported, SUGGESTION_HIGHLIGHTS, type HighlightSpec } from "./highlight-layer";
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
  /** Scrolls to an annotation's words, or as soon as they are shown if they are not yet. */
  scrollTo(id: string, behavior?: ScrollBehavior): void;
  /** Collapses `selection` if it is still the editor's selection (a person may have moved on). */
  clearSelection(selection: TextSelection): void;
  /**
   * Takes in a selection change the browser has made but not yet reported (it reports a moment
   * later): a key pressed right after Shift+arrow must act on the words selected now.
   */
  flushSelection(): void;
  /** The text offset of the caret (the start of a selection), or null before the editor is up. */
  caret(): number | null;
  /** Moves the focus into the text with the caret at the start of an annotation's (or a suggestion's) words. */
  focusWords(id: string): boolean;
}

interface Props {
  content: JsonNode;
  /** Null while the annotations are loading. */
  highlights: readonly HighlightSpec[] | null;
  selectedId: string | null;
  /** The machine's suggestions to mark in the text (none when hidden), and the one open. */
  suggestions: readonly HighlightSpec[];
  selectedSuggestionId: string | null;
  onSelect(id: string | null): void;
  onSelectionChange(selection: TextSelection | null): void;
  /** The caret moved (with nothing selected) to a text offset. */
  onCaretMove?(offset: number): void;
}

/**
 * Whether the editor's selection is still exactly `range`, in its state and in the browser: a
 * person may have selected other words that the editor has not heard about yet (the browser
 * reports selection changes a moment later), and those must not be collapsed.
 */
function isStillSelected(view: EditorView, range: { from: number; to: number }): boolean {
  const { from, to } = view.state.selection;
  if (from !== range.from || to !== range.to) return false;
  const dom = window.getSelection();
  if (!dom?.anchorNode || !dom.focusNode || !view.dom.contains(dom.anchorNode) || !view.dom.contains(dom.focusNode)) return false;
  const [a, b] = [view.posAtDOM(dom.anchorNode, dom.anchorOffset), view.posAtDOM(dom.focusNode, dom.focusOffset)];
  return Math.min(a, b) === from && Math.max(a, b) === to;
}

/** Brings a range's first line to the middle of the window, which is what scrolls the article. */
function scrollToRange(range: Range, behavior: ScrollBehavior) {
  const line = range.getClientRects()[0] ?? range.getBoundingClientRect();
  window.scrollTo({ top: window.scrollY + line.top - (window.innerHeight - line.height) / 2, behavior });
}

export const ArticleEditor = forwardRef<ArticleEditorHandle, Props & { fallback: React.ReactNode }>(function ArticleEditor(props, ref) {
  const frame = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  latest.current = props;
  const index = useRef<TextIndex | null>(null);
  const layer = useRef<HighlightLayer | null>(null);
  const suggestionLayer = useRef<HighlightLayer | null>(null);
  const [unsupported, setUnsupported] = useState(false);
  const hover = useRef<{ x: number; y: number } | null>(null);

  // Made once: TipTap compares the options it gets on every render with the editor's, and a new
  // set (new extensions, new props) would have it reconfigure the view each time the highlights
  // or the open annotation change. The handlers read what changes through refs.
  const [options] = useState((): UseEditorOptions => ({
    immediatelyRender: false,
    // The article's own schema (the reading view never edits, so no undo, cursors or trailing paragraph).
    extensions: [...articleExtensions({ undoRedo: false, trailingNode: false, dropcursor: false, gapcursor: false }), ReadOnlyText],
    content: props.content,
    editorProps: {
      attributes: { class: "article-body", "aria-label": "Article text", "aria-readonly": "true", spellcheck: "false" },
      handleClick(view, _pos, event) {
        if (!view.state.selection.empty) return false;
        const [innermost] = layer.current?.idsAt(event.clientX, event.clientY) ?? [];
        if (innermost) latest.current.onSelect(innermost);
        return false;
      },
      handleDOMEvents: {
        // Highlights are painted, not elements, so the pointer over one is found once a frame.
        mousemove(_view, event) {
          if (!hover.current) {
            requestAnimationFrame(() => {
              const point = hover.current;
              hover.current = null;
              if (point) frame.current?.classList.toggle("over-highlight", (layer.current?.idsAt(point.x, point.y).length ?? 0) > 0);
            });
          }
          hover.current = { x: event.clientX, y: event.clientY };
          return false;
        },
      },
    },
    onSelectionUpdate({ editor }) {
      const { from, to, empty } = editor.state.selection;
      const text = index.current;
      if (empty && text) latest.current.onCaretMove?.(posToOffset(text, from, "start"));
      if (empty || !text || !frame.current) return latest.current.onSelectionChange(null);
      let start = posToOffset(text, from, "start");
      let end = posToOffset(text, to, "end");
      // A quote never starts or ends on whitespace (double-click often takes a trailing space).
      while (start < end && /\s/.test(text.text[start])) start++;
      while (end > start && /\s/.test(text.text[end - 1])) end--;
      if (end <= start) return latest.current.onSelectionChange(null);
      const box = frame.current.getBoundingClientRect();
      const coords = editor.view.coordsAtPos(from);
      latest.current.onSelectionChange({ start, end, exact: text.text.slice(start, end), from, to, top: coords.top - box.top, left: coords.left - box.left });
    },
  }));
  const editor = useEditor(options);

  // The index is read from the editor's own document, so offsets match what it shows.
  useLayoutEffect(() => {
    if (!editor) return;
    index.current = buildTextIndex(editor.state.doc.toJSON() as JsonNode);
    if (!highlightsSupported()) {
      setUnsupported(true);
      return;
    }
    const created = new HighlightLayer(editor.view, index.current);
    const suggested = new HighlightLayer(editor.view, index.current, SUGGESTION_HIGHLIGHTS, 0);
    layer.current = created;
    suggestionLayer.current = suggested;
    return () => {
      created.destroy();
      suggested.destroy();
      layer.current = null;
      suggestionLayer.current = null;
    };
  }, [editor]);

  useLayoutEffect(() => {
    if (editor) suggestionLayer.current?.sync(props.suggestions, props.selectedSuggestionId);
  }, [editor, props.suggestions, props.selectedSuggestionId]);

  const revealPending = useRef<{ id: string; behavior: ScrollBehavior } | null>(null);
  const collapsePending = useRef<{ from: number; to: number } | null>(null);

  // Highlights follow the annotation list before the browser paints.
  useLayoutEffect(() => {
    if (!editor || !props.highlights) return;
    layer.current?.sync(props.highlights, props.selectedId);
    const collapse = collapsePending.current;
    collapsePending.current = null;
    // Just before the frame is drawn: moving the browser's selection lays the page out, which the
    // frame does anyway, whereas here it would lay it out once more, halfway through the changes.
    if (collapse) {
      requestAnimationFrame(() => {
        if (!editor.isDestroyed && isStillSelected(editor.view, collapse)) {
          editor.view.dispatch(editor.state.tr.setSelection(PmTextSelection.create(editor.state.doc, collapse.to)));
        }
      });
    }
    const reveal = revealPending.current;
    const range = reveal && layer.current?.rangeOf(reveal.id);
    if (reveal && range) scrollToRange(range, reveal.behavior);
    // Shown now, or not among the highlights at all (an orphan): either way, nothing to wait for.
    if (reveal && (range || !props.highlights.some((h) => h.id === reveal.id))) revealPending.current = null;
  }, [editor, props.highlights, props.selectedId]);

  useImperativeHandle(
    ref,
    () => ({
      scrollTo(id, behavior = "smooth") {
        const range = layer.current?.rangeOf(id) ?? suggestionLayer.current?.rangeOf(id);
        if (range) scrollToRange(range, behavior);
        else revealPending.current = { id, behavior };
      },
      clearSelection(selection) {
        // Collapsed once the new highlight is shown.
        collapsePending.current = { from: selection.from, to: selection.to };
      },
      flushSelection() {
        // ProseMirror's own observer of the DOM (not in its typings): reading it now runs onSelectionUpdate.
        if (editor && !editor.isDestroyed) (editor.view as unknown as { domObserver?: { flush(): void } }).domObserver?.flush();
      },
      caret() {
        const text = index.current;
        return editor && text ? posToOffset(text, editor.state.selection.from, "start") : null;
      },
      focusWords(id) {
        const text = index.current;
        const { highlights, suggestions } = latest.current;
        const spec = highlights?.find((h) => h.id === id) ?? suggestions.find((s) => s.id === id);
        if (!editor || editor.isDestroyed || !text || !spec) return false;
        const pos = offsetToPos(text, spec.start, "start");
        editor.view.focus();
        editor.view.dispatch(editor.state.tr.setSelection(PmTextSelection.create(editor.state.doc, pos)));
        const range = layer.current?.rangeOf(id) ?? suggestionLayer.current?.rangeOf(id);
        if (range) scrollToRange(range, "instant");
        return true;
      },
    }),
    [editor],
  );

  return (
    <div className="editor-frame" ref={frame} data-editor-ready={editor ? "true" : undefined}>
      {unsupported && (
        <p className="alert info" role="status">
          This browser cannot show highlights in the text. The list of annotations works as usual; a current Chrome, Edge, Firefox or Safari also
          shows them in the text.
        </p>
      )}
      {editor ? <EditorContent editor={editor} /> : props.fallback}
    </div>
  );
});
