"use client";

import { useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";
import { toAnnotationSummary, type AnnotationSummary } from "@/lib/annotations/annotation-summary";
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import type { AnnotationSnapshot } from "@/lib/realtime/annotation-snapshot";
import { buildTextIndex, type JsonNode } from "@/lib/anchoring/text-index";
import { ArticleText } from "../articles/article-text";
import { ArticleEditor, type ArticleEditorHandle, type TextSelection } from "../editor/article-editor";
import { ConnectionStatus } from "../live/connection-status";
import { PresenceBar } from "../live/presence-bar";
import type { Person } from "../review/assignee-select";
import type { Reviewer } from "../review/review-section";
import { annotationsApi } from "../api/annotations";
import { AnnotationList, applyFilters, type Filters } from "./annotation-list";
import { AnnotationPanel } from "./annotation-panel";
import { OrphanList } from "./orphan-list";
import { compareAnnotations, KIND_LABELS, type Kind } from "./labels";
import { SelectionToolbar } from "./selection-toolbar";
import { ShortcutsHelp } from "./shortcuts-help";
import { UndoToast } from "./undo-toast";
import { useAnnotationDetails } from "./use-annotation-details";
import { useAnnotationKeys } from "./use-annotation-keys";
import { useAnnotationSnapshot } from "./use-annotation-snapshot";
import { useLiveArticle } from "./use-live-article";
import { ErrorAlert } from "@/components/ui/alert";
import { SuggestionList } from "../suggestions/suggestion-list";
import { useSuggestions } from "../suggestions/use-suggestions";
import type { SuggestionView } from "@/lib/suggestions/suggestion-view";
import { coverageOf } from "../suggestions/coverage";

interface Props {
  articleId: string;
  viewer: Reviewer;
  people: Person[];
  /** An annotation to open on arrival (links from the review queue). */
  initialSelectedId?: string;
  content: JsonNode;
  /**
   * Every annotation, and the live feed's position when they were read (the page listens from
   * there). It streams in after the text, so a heavily annotated article opens as fast as a bare one.
   */
  annotations: Promise<AnnotationSnapshot>;
}

export function ArticleWorkspace({ articleId, viewer, people, initialSelectedId, content, annotations: snapshot }: Props) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [filters, setFilters] = useState<Filters>({ kind: "", status: "", author: "" });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [deleted, setDeleted] = useState<AnnotationSummary | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const editor = useRef<ArticleEditorHandle>(null);
  // The text shown until the editor is up is made here from `content`, not passed in as an
  // element: an element prop travels in the page's data as well as in its HTML, so the article
  // went out three times (HTML, that element, `content`) instead of twice.
  const text = useMemo(() => buildTextIndex(content).text, [content]);
  const { annotations, setAnnotations, state: loading, seq } = useAnnotationSnapshot(snapshot, text, (loaded) => {
    // A link that opens an annotation (from the review queue) also brings it into view.
    if (initialSelectedId && loaded.some((a) => a.id === initialSelectedId)) {
      setSelectedId(initialSelectedId);
      editor.current?.scrollTo(initialSelectedId, "instant");
    }
  });
  const [editing, setEditing] = useState(false);
  const { detail, remember, versionOf } = useAnnotationDetails(selectedId);
  const suggestions = useSuggestions(articleId, loading === "ready");
  const [selectedSuggestionId, setSelectedSuggestionId] = useState<string | null>(null);
  const [dismissedSuggestion, setDismissedSuggestion] = useState<SuggestionView | null>(null);
  const [suggestionBusy, setSuggestionBusy] = useState(false);

  const highlights = useMemo(
    () => (loading === "ready" ? annotations.filter((a) => !a.orphaned).map(({ id, kind, start, end }) => ({ id, kind, start, end })) : null),
    [annotations, loading],
  );
  const visible = useMemo(() => applyFilters(annotations, filters), [annotations, filters]);
  const visibleIds = useMemo(() => visible.map((a) => a.id), [visible]);
  const orphans = useMemo(() => annotations.filter((a) => a.orphaned), [annotations]);
  // Open suggestions no annotation of the same kind covers yet (someone may have just tagged the words).
  // Which suggestions are open, as a key: a new annotation rarely changes it, and then nothing
  // downstream (marks, list, j/k order) is rebuilt for it.
  const openKey = useMemo(() => {
    const covered = coverageOf(annotations);
    return suggestions.items.filter((s) => s.status === "OPEN" && !covered(s)).map((s) => s.id).join(" ");
  }, [suggestions.items, annotations]);
  const openSuggestions = useMemo(() => {
    const ids = new Set(openKey.split(" "));
    return suggestions.items.filter((s) => ids.has(s.id));
  }, [suggestions.items, openKey]);
  const dismissedSuggestions = useMemo(() => suggestions.items.filter((s) => s.status === "DISMISSED"), [suggestions.items]);
  const shownSuggestions = useMemo(() => (suggestions.shown ? openSuggestions : []), [suggestions.shown, openSuggestions]);
  const suggestionMarks = useMemo(() => shownSuggestions.map(({ id, kind, start, end }) => ({ id, kind, start, end })), [shownSuggestions]);
  // j / k go through annotations and shown suggestions together, in the order of the text.
  const navigationIds = useMemo(() => {
    if (shownSuggestions.length === 0) return visibleIds;
    const entries = [...visible.map((a) => ({ id: a.id, start: a.start })), ...shownSuggestions.map((s) => ({ id: s.id, start: s.start }))];
    return entries.sort((a, b) => a.start - b.start).map((e) => e.id);
  }, [visible, visibleIds, shownSuggestions]);
  const isSuggestion = useCallback((id: string) => suggestions.items.some((s) => s.id === id), [suggestions.items]);

  /** Takes a full view from the server into both the list and the detail cache. */
  const upsert = useCallback(
    (annotation: AnnotationView) => {
      remember(annotation);
      const summary = toAnnotationSummary(annotation);
      setAnnotations((list) => [...list.filter((a) => a.id !== summary.id), summary].sort(compareAnnotations));
    },
    [remember, setAnnotations],
  );

  const drop = useCallback((id: string) => setAnnotations((list) => list.filter((a) => a.id !== id)), [setAnnotations]);
  const live = useLiveArticle({
    articleId,
    initialSeq: seq,
    viewerId: viewer.id,
    people,
    selectedId,
    editing,
    versionOf,
    upsert,
    drop,
    onSuggestionsChange: suggestions.reload,
  });
  const quoteOf = (id: string | null) => {
    const found = id ? annotations.find((a) => a.id === id) : undefined;
    return found ? ` (${found.kind === "CLAIM" ? "claim" : found.kind === "FIGURE" ? "figure" : "denial"} “${found.exact.slice(0, 40)}”)` : "";
  };

  const open = useCallback(
    (id: string | null, scroll = true) => {
      const suggestion = id !== null && isSuggestion(id);
      setSelectedId(suggestion ? null : id);
      setSelectedSuggestionId(suggestion ? id : null);
      if (id && scroll) editor.current?.scrollTo(id);
    },
    [isSuggestion],
  );
  const close = useCallback(() => {
    setSelectedId(null);
    setSelectedSuggestionId(null);
  }, []);
  const showHelp = useCallback(() => setHelpOpen(true), []);

  /** Runs one step on a suggestion, with its busy state and its failure shown beside the list. */
  async function onSuggestion<T>(work: () => Promise<T>): Promise<T | undefined> {
    setSuggestionBusy(true);
    suggestions.setError(undefined);
    try {
      return await work();
    } catch (caught) {
      suggestions.setError((caught as Error).message);
      void suggestions.reload();
      return undefined;
    } finally {
      setSuggestionBusy(false);
    }
  }
  async function acceptSuggestion(id: string) {
    const annotation = await onSuggestion(() => suggestions.accept(id));
    if (!annotation) return;
    upsert(annotation);
    setSelectedSuggestionId(null);
    setSelectedId(annotation.id);
  }
  async function dismissSuggestion(id: string) {
    const dismissed = await onSuggestion(() => suggestions.dismiss(id));
    if (!dismissed) return;
    if (selectedSuggestionId === id) setSelectedSuggestionId(null);
    setDismissedSuggestion(dismissed);
  }
  async function restoreSuggestion(id: string) {
    await onSuggestion(() => suggestions.restore(id));
    setDismissedSuggestion(null);
  }
  const currentSuggestion = selectedSuggestionId;
  useAnnotationKeys({
    ids: navigationIds,
    selectedId: selectedId ?? selectedSuggestionId,
    open,
    close,
    showHelp,
    onAccept: currentSuggestion ? () => void acceptSuggestion(currentSuggestion) : undefined,
    onDismiss: currentSuggestion ? () => void dismissSuggestion(currentSuggestion) : undefined,
  });

  /** Shows an annotation just anchored on `used`, and lets go of that selection (not a newer one). */
  function placed(annotation: AnnotationView, used: TextSelection) {
    upsert(annotation);
    setSelection((current) => (current === used ? null : current));
    editor.current?.clearSelection(used);
    setSelectedId(annotation.id);
  }

  async function tag(kind: Kind) {
    if (!selection || busy || loading !== "ready") return;
    const tagged = selection;
    setBusy(true);
    setError(undefined);
    try {
      const created = await annotationsApi.create(articleId, { kind, start: tagged.start, end: tagged.end, exact: tagged.exact });
      performance.mark("factmark:annotation-received");
      placed(created, tagged);
    } catch (caught) {
      setError(`Could not tag as ${KIND_LABELS[kind].toLowerCase()}: ${(caught as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  async function reattach(id: string) {
    const orphan = annotations.find((a) => a.id === id);
    if (!selection || !orphan) return;
    const chosen = selection;
    setError(undefined);
    try {
      // The version this page holds: if someone changed the annotation meanwhile, the server
      // refuses (409) rather than move words nobody here has seen.
      const moved = await annotationsApi.reattach(id, {
        version: versionOf(id) ?? orphan.version,
        start: chosen.start,
        end: chosen.end,
        exact: chosen.exact,
      });
      placed(moved, chosen);
    } catch (caught) {
      setError(`Could not re-attach: ${(caught as Error).message}`);
    }
  }

  async function remove(annotation: AnnotationView) {
    setError(undefined);
    try {
      await annotationsApi.remove(annotation.id);
      setAnnotations((list) => list.filter((a) => a.id !== annotation.id));
      setSelectedId(null);
      setDeleted(toAnnotationSummary(annotation));
    } catch (caught) {
      setError((caught as Error).message);
    }
  }

  async function restore(id: string) {
    try {
      const restored = await annotationsApi.restore(id);
      upsert(restored);
      setDeleted(null);
      open(restored.id);
    } catch (caught) {
      setError((caught as Error).message);
    }
  }

  // Measures showing a new annotation (npm run bench:editor reads it): the scripting, up to the
  // DOM holding its highlight and list entry, then the frame painted with it.
  useLayoutEffect(() => {
    if (performance.getEntriesByName("factmark:annotation-received", "mark").length === 0) return;
    performance.measure("factmark:show-annotation", "factmark:annotation-received");
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.measure("factmark:show-annotation-painted", "factmark:annotation-received");
        performance.clearMarks("factmark:annotation-received");
      }),
    );
  }, [annotations]);

  return (
    <div className="workspace">
      <div className="workspace-text">
        <div className="live-bar">
          <ConnectionStatus status={live.status} onReconnect={live.reconnect} />
          <PresenceBar others={live.others} live={live.status === "live"} describe={(entry) => (entry.annotationId ? `, ${entry.editing ? "editing" : "viewing"}${quoteOf(entry.annotationId)}` : "")} />
        </div>
        {live.notice && (
          <div className="alert info" role="status">
            {live.notice}{" "}
            <button type="button" className="link" onClick={() => window.location.reload()}>
              Reload
            </button>
          </div>
        )}
        <div className="workspace-hint muted">
          Select words to tag them.{" "}
          <button type="button" className="link" onClick={showHelp}>
            Keyboard shortcuts
          </button>
        </div>
        <ErrorAlert message={error} />
        <div className="editor-wrap">
          <ArticleEditor
            ref={editor}
            content={content}
            highlights={highlights}
            selectedId={selectedId}
            suggestions={suggestionMarks}
            selectedSuggestionId={selectedSuggestionId}
            fallback={<ArticleText text={text} />}
            onSelect={(id) => open(id, false)}
            onSelectionChange={setSelection}
            onTagShortcut={tag}
          />
          {selection && <SelectionToolbar selection={selection} busy={busy || loading !== "ready"} onTag={tag} />}
        </div>
      </div>
      <aside className="workspace-side" aria-label="Annotations">
        <OrphanList orphans={orphans} canReattach={selection !== null} onOpen={(id) => open(id, false)} onReattach={reattach} />
        {detail?.status === "ready" && (
          <AnnotationPanel
            key={detail.annotation.id}
            annotation={detail.annotation}
            viewer={viewer}
            people={people}
            others={live.presentOn.get(detail.annotation.id) ?? []}
            changedBy={live.changedBy[detail.annotation.id]}
            removedBy={live.removedBy[detail.annotation.id]}
            commentRevision={live.commentRevisions[detail.annotation.id] ?? 0}
            onChange={upsert}
            onDelete={remove}
            onRestore={(annotation) => void restore(annotation.id)}
            onClose={close}
            onEditingChange={setEditing}
          />
        )}
        {detail?.status === "loading" && (
          <div className="card annotation-panel" role="status">
            Loading the annotation…
          </div>
        )}
        {detail?.status === "error" && (
          <div className="alert error" role="alert">
            {detail.message}
          </div>
        )}
        <SuggestionList
          open={openSuggestions}
          dismissed={dismissedSuggestions}
          state={suggestions.state}
          error={suggestions.error}
          shown={suggestions.shown}
          busy={suggestionBusy}
          selectedId={selectedSuggestionId}
          order={suggestions.order}
          onOrderChange={suggestions.setOrder}
          onToggle={suggestions.toggle}
          onOpen={(id) => open(id)}
          onAccept={(id) => void acceptSuggestion(id)}
          onDismiss={(id) => void dismissSuggestion(id)}
          onRestore={(id) => void restoreSuggestion(id)}
          onAcceptAll={(kind) => void onSuggestion(() => suggestions.acceptAll(kind))}
        />
        <AnnotationList
          loading={loading}
          annotations={annotations}
          visible={visible}
          filters={filters}
          selectedId={selectedId}
          presentOn={live.presentOn}
          onFiltersChange={setFilters}
          onOpen={open}
        />
      </aside>
      {deleted && (
        <UndoToast
          message={`Deleted the ${KIND_LABELS[deleted.kind].toLowerCase()} “${deleted.exact.slice(0, 40)}”.`}
          onUndo={() => void restore(deleted.id)}
          onDismiss={() => setDeleted(null)}
        />
      )}
      {dismissedSuggestion && !deleted && (
        <UndoToast
          message={`Dismissed the suggested ${KIND_LABELS[dismissedSuggestion.kind].toLowerCase()} “${dismissedSuggestion.exact.slice(0, 40)}”.`}
          onUndo={() => void restoreSuggestion(dismissedSuggestion.id)}
          onDismiss={() => setDismissedSuggestion(null)}
        />
      )}
      <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
