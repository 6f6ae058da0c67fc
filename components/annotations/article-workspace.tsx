"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import type { JsonNode } from "@/lib/anchoring/text-index";
import { ArticleEditor, type ArticleEditorHandle, type TextSelection } from "../editor/article-editor";
import { callApi } from "../ui/api-client";
import { AnnotationList, applyFilters, type Filters } from "./annotation-list";
import { AnnotationPanel } from "./annotation-panel";
import { compareAnnotations, KIND_LABELS, type Kind } from "./labels";
import { SelectionToolbar } from "./selection-toolbar";
import { ShortcutsHelp } from "./shortcuts-help";
import { UndoToast } from "./undo-toast";

interface Props {
  articleId: string;
  content: JsonNode;
  initialAnnotations: AnnotationView[];
  fallback: React.ReactNode;
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.closest("input, textarea, select, dialog, .note-editor") !== null);

export function ArticleWorkspace({ articleId, content, initialAnnotations, fallback }: Props) {
  const [annotations, setAnnotations] = useState(initialAnnotations);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [filters, setFilters] = useState<Filters>({ kind: "", status: "", author: "" });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [deleted, setDeleted] = useState<AnnotationView | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const editor = useRef<ArticleEditorHandle>(null);

  const highlights = useMemo(
    () => annotations.filter((a) => !a.orphaned).map(({ id, kind, start, end }) => ({ id, kind, start, end })),
    [annotations],
  );
  const visible = useMemo(() => applyFilters(annotations, filters), [annotations, filters]);
  const selected = annotations.find((a) => a.id === selectedId) ?? null;

  const upsert = useCallback((annotation: AnnotationView) => {
    setAnnotations((list) => [...list.filter((a) => a.id !== annotation.id), annotation].sort(compareAnnotations));
  }, []);

  const open = useCallback((id: string | null, scroll = true) => {
    setSelectedId(id);
    if (id && scroll) editor.current?.scrollTo(id);
  }, []);

  async function tag(kind: Kind) {
    if (!selection || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const created = await callApi<AnnotationView>(`/api/articles/${articleId}/annotations`, {
        method: "POST",
        body: { kind, start: selection.start, end: selection.end, exact: selection.exact },
      });
      performance.mark("factmark:annotation-received");
      upsert(created);
      setSelection(null);
      editor.current?.clearSelection();
      setSelectedId(created.id);
    } catch (caught) {
      setError(`Could not tag as ${KIND_LABELS[kind].toLowerCase()}: ${(caught as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  async function remove(annotation: AnnotationView) {
    setError(undefined);
    try {
      await callApi(`/api/annotations/${annotation.id}`, { method: "DELETE" });
      setAnnotations((list) => list.filter((a) => a.id !== annotation.id));
      setSelectedId(null);
      setDeleted(annotation);
    } catch (caught) {
      setError((caught as Error).message);
    }
  }

  async function undoDelete() {
    if (!deleted) return;
    try {
      const restored = await callApi<AnnotationView>(`/api/annotations/${deleted.id}/restore`, { method: "POST" });
      upsert(restored);
      setDeleted(null);
      open(restored.id);
    } catch (caught) {
      setError((caught as Error).message);
    }
  }

  // Measures the frame that shows a new annotation (npm run bench:editor reads it).
  useEffect(() => {
    if (performance.getEntriesByName("factmark:annotation-received", "mark").length === 0) return;
    performance.measure("factmark:show-annotation", "factmark:annotation-received");
    performance.clearMarks("factmark:annotation-received");
  }, [annotations]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key === "?") {
        event.preventDefault();
        setHelpOpen(true);
      } else if (event.key === "Escape") {
        setSelectedId(null);
      } else if ((event.key === "j" || event.key === "k") && visible.length > 0) {
        event.preventDefault();
        const at = visible.findIndex((a) => a.id === selectedId);
        const next = event.key === "j" ? (at + 1) % visible.length : at <= 0 ? visible.length - 1 : at - 1;
        open(visible[next].id);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [visible, selectedId, open]);

  return (
    <div className="workspace">
      <div className="workspace-text">
        <div className="workspace-hint muted">
          Select words to tag them. <button type="button" className="link" onClick={() => setHelpOpen(true)}>Keyboard shortcuts</button>
        </div>
        {error && (
          <div className="alert error" role="alert">
            {error}
          </div>
        )}
        <div className="editor-wrap">
          <ArticleEditor
            ref={editor}
            content={content}
            highlights={highlights}
            selectedId={selectedId}
            fallback={fallback}
            onSelect={(id) => open(id, false)}
            onSelectionChange={setSelection}
            onTagShortcut={tag}
          />
          {selection && <SelectionToolbar selection={selection} busy={busy} onTag={tag} />}
        </div>
      </div>
      <aside className="workspace-side" aria-label="Annotations">
        {selected && (
          <AnnotationPanel key={selected.id} annotation={selected} onChange={upsert} onDelete={remove} onClose={() => setSelectedId(null)} />
        )}
        <AnnotationList
          annotations={annotations}
          visible={visible}
          filters={filters}
          selectedId={selectedId}
          onFiltersChange={setFilters}
          onOpen={open}
        />
      </aside>
      {deleted && (
        <UndoToast message={`Deleted the ${KIND_LABELS[deleted.kind].toLowerCase()} “${deleted.exact.slice(0, 40)}”.`} onUndo={undoDelete} onDismiss={() => setDeleted(null)} />
      )}
      <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
