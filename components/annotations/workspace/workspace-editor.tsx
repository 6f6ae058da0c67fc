"use client";

import { forwardRef, memo, useCallback } from "react";
import type { JsonNode } from "@/lib/anchoring/text-index";
import { ArticleText } from "../../articles/article-text";
import { ArticleEditor, type ArticleEditorHandle, type TextSelection } from "../../editor/article-editor";
import { SelectionToolbar } from "../selection-toolbar";
import { useOperations, useWorkspace, useWorkspaceStore } from "./workspace-context";
import { selectHighlights, selectSuggestionMarks } from "./workspace-state";

interface Props {
  content: JsonNode;
  /** The article's plain text, shown until the editor is up. */
  text: string;
}

/** The article's words with every annotation and shown suggestion painted on them, and the toolbar that tags a selection. */
export const WorkspaceEditor = memo(
  forwardRef<ArticleEditorHandle, Props>(function WorkspaceEditor({ content, text }, ref) {
    const store = useWorkspaceStore();
    const operations = useOperations();
    const highlights = useWorkspace(selectHighlights);
    const selectedId = useWorkspace((state) => state.selection.annotationId);
    const suggestions = useWorkspace(selectSuggestionMarks);
    const selectedSuggestionId = useWorkspace((state) => state.selection.suggestionId);
    const selection = useWorkspace((state) => state.selection.text);
    const busy = useWorkspace((state) => state.requests.tagging || state.annotations.load !== "ready");
    const onSelect = useCallback((id: string | null) => (id ? operations.open(id, false) : operations.close()), [operations]);
    const onSelectionChange = useCallback((selection: TextSelection | null) => store.dispatch({ type: "textSelected", selection }), [store]);
    const onTag = useCallback((kind: Parameters<typeof operations.tag>[0]) => void operations.tag(kind), [operations]);
    return (
      <div className="editor-wrap">
        <ArticleEditor
          ref={ref}
          content={content}
          highlights={highlights}
          selectedId={selectedId}
          suggestions={suggestions}
          selectedSuggestionId={selectedSuggestionId}
          fallback={<ArticleText text={text} />}
          onSelect={onSelect}
          onSelectionChange={onSelectionChange}
          onCaretMove={operations.caretMoved}
        />
        {selection && <SelectionToolbar selection={selection} busy={busy} onTag={onTag} />}
      </div>
    );
  }),
);
