"use client";

import { memo, useCallback } from "react";
import type { AnnotationKind } from "@/lib/vocabulary/names";
import { SuggestionList } from "../../suggestions/suggestion-list";
import { OrphanList } from "../orphan-list";
import { useOperations, useWorkspace } from "./workspace-context";
import { orderedSuggestionsOf } from "./suggestions-slice";
import { selectDismissedSuggestions, selectOpenSuggestions, selectOrphans } from "./workspace-state";

/** Annotations a correction could not place, to re-attach to selected words. */
export const WorkspaceOrphans = memo(function WorkspaceOrphans() {
  const operations = useOperations();
  const orphans = useWorkspace(selectOrphans);
  const canReattach = useWorkspace((state) => state.selection.text !== null);
  const onOpen = useCallback((id: string) => operations.open(id, false), [operations]);
  const onReattach = useCallback((id: string) => void operations.reattach(id), [operations]);
  return <OrphanList orphans={orphans} canReattach={canReattach} onOpen={onOpen} onReattach={onReattach} />;
});

/** The machine's suggestions beside the annotations, to accept or dismiss. */
export const WorkspaceSuggestions = memo(function WorkspaceSuggestions() {
  const operations = useOperations();
  const open = useWorkspace(selectOpenSuggestions);
  const dismissed = useWorkspace(selectDismissedSuggestions);
  const { load, error, busy, order } = useWorkspace((state) => state.suggestions);
  const listed = orderedSuggestionsOf(open, order);
  const shown = useWorkspace((state) => state.view.suggestionsShown);
  const selectedId = useWorkspace((state) => state.selection.suggestionId);
  const onOpen = useCallback((id: string) => operations.open(id), [operations]);
  const onAccept = useCallback((id: string) => void operations.acceptSuggestion(id), [operations]);
  const onDismiss = useCallback((id: string) => void operations.dismissSuggestion(id), [operations]);
  const onRestore = useCallback((id: string) => void operations.restoreSuggestion(id), [operations]);
  const onAcceptAll = useCallback((kind: AnnotationKind) => void operations.acceptAllSuggestions(kind), [operations]);
  return (
    <SuggestionList
      open={listed}
      dismissed={dismissed}
      state={load}
      error={error}
      shown={shown}
      busy={busy}
      selectedId={selectedId}
      order={order}
      onOrderChange={operations.orderSuggestions}
      onToggle={operations.showSuggestions}
      onOpen={onOpen}
      onAccept={onAccept}
      onDismiss={onDismiss}
      onRestore={onRestore}
      onAcceptAll={onAcceptAll}
    />
  );
});
