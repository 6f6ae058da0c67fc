"use client";

import { useCallback, useMemo, useState } from "react";
import type { ArticleEditorHandle } from "../editor/article-editor";
import type { AnnotationSnapshot } from "@/lib/realtime/annotation-snapshot";
import { buildTextIndex, type JsonNode } from "@/lib/anchoring/text-index";
import type { Person } from "../review/assignee-select";
import type { Reviewer } from "../review/review-section";
import { LiveBar } from "./workspace/live-bar";
import { LiveContext } from "./workspace/live-context";
import { OpenAnnotation } from "./workspace/open-annotation";
import { createWorkspaceOperations } from "./workspace/operations";
import { ShortcutsDialog } from "./workspace/shortcuts-dialog";
import { useSuggestionsShown } from "./workspace/suggestions-shown";
import { useAnnotationDetails } from "./workspace/use-annotation-details";
import { useAnnotationSnapshot } from "./workspace/use-annotation-snapshot";
import { useLiveArticle } from "./workspace/use-live-article";
import { useSuggestionLoading } from "./workspace/use-suggestion-loading";
import { useShortcutKeys } from "./workspace/use-shortcut-keys";
import { useWorkspaceKeys } from "./workspace/use-workspace-keys";
import { useStoreValue, WorkspaceProvider } from "./workspace/workspace-context";
import { WorkspaceEditor } from "./workspace/workspace-editor";
import { AnnotationList } from "./workspace/annotation-list";
import { WorkspaceOrphans, WorkspaceSuggestions } from "./workspace/side-lists";
import { createWorkspaceStore } from "./workspace/workspace-state";
import { RequestError, UndoToasts } from "./workspace/workspace-toasts";

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

/**
 * The article page: the text with its highlights beside the annotations. Its state lives in one
 * store (workspace/workspace-state.ts) changed by named actions; each part below reads only what
 * it shows from it, and what goes beyond the page (the API, the live feed, the keyboard) is wired
 * here once.
 */
export function ArticleWorkspace({ articleId, viewer, people, initialSelectedId, content, annotations: snapshot }: Props) {
  const [store] = useState(createWorkspaceStore);
  const [operations] = useState(() => createWorkspaceOperations(store, articleId));
  const attachEditor = useCallback((handle: ArticleEditorHandle | null) => operations.attachEditor(handle), [operations]);
  // The text shown until the editor is up is made here from `content`, not passed in as an
  // element: an element prop travels in the page's data as well as in its HTML, so the article
  // went out three times (HTML, that element, `content`) instead of twice.
  const text = useMemo(() => buildTextIndex(content).text, [content]);

  useAnnotationSnapshot(store, snapshot, text, (loaded) => {
    // A link that opens an annotation (from the review queue) also brings it into view.
    if (initialSelectedId && loaded.some((a) => a.id === initialSelectedId)) {
      operations.open(initialSelectedId, "instant");
    }
  });
  useAnnotationDetails(store);
  useSuggestionsShown(store);
  useSuggestionLoading(store, operations);
  useShortcutKeys(store);
  useWorkspaceKeys(store, operations);
  const seq = useStoreValue(store, (state) => state.annotations.seq);
  const live = useLiveArticle({ store, operations, articleId, initialSeq: seq, viewerId: viewer.id, people });

  return (
    <WorkspaceProvider store={store} operations={operations}>
      <LiveContext.Provider value={live}>
        <div className="workspace">
          <div className="workspace-text">
            <LiveBar />
            <div className="workspace-hint muted">
              Select words to tag them.{" "}
              <button type="button" className="link" onClick={() => store.dispatch({ type: "helpToggled", open: true })}>
                Keyboard shortcuts
              </button>
            </div>
            <RequestError />
            <WorkspaceEditor ref={attachEditor} content={content} text={text} />
          </div>
          <aside className="workspace-side" aria-label="Annotations">
            <WorkspaceOrphans />
            <OpenAnnotation viewer={viewer} people={people} />
            <WorkspaceSuggestions />
            <AnnotationList />
          </aside>
          <UndoToasts />
          <ShortcutsDialog />
        </div>
      </LiveContext.Provider>
    </WorkspaceProvider>
  );
}
