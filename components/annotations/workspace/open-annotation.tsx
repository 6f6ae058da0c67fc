"use client";

import { memo, useCallback, useEffect } from "react";
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import type { Person } from "../../review/assignee-select";
import type { Reviewer } from "../../review/review-section";
import { AnnotationPanel } from "../annotation-panel";
import { useLivePresence } from "./live-context";
import { useOperations, useWorkspace, useWorkspaceStore } from "./workspace-context";

const NOBODY: never[] = [];

/** The open annotation's panel: on its way, failed, or here with everything others are doing to it. */
export const OpenAnnotation = memo(function OpenAnnotation({ viewer, people }: { viewer: Reviewer; people: Person[] }) {
  const store = useWorkspaceStore();
  const operations = useOperations();
  const id = useWorkspace((state) => state.selection.annotationId);
  const annotation = useWorkspace((state) => (id ? state.details.views.get(id) : undefined));
  const failed = useWorkspace((state) => (id && state.details.failed?.id === id ? state.details.failed.message : undefined));
  const changedBy = useWorkspace((state) => (id ? state.live.changedBy[id] : undefined));
  const removedBy = useWorkspace((state) => (id ? state.live.removedBy[id] : undefined));
  const commentRevision = useWorkspace((state) => (id ? (state.live.commentRevisions[id] ?? 0) : 0));
  const { presentOn } = useLivePresence();
  const onRestore = useCallback((restored: AnnotationView) => void operations.restore(restored.id), [operations]);
  const onDelete = useCallback((deleted: AnnotationView) => void operations.remove(deleted), [operations]);
  const onEditingChange = useCallback((editing: boolean) => store.dispatch({ type: "editingChanged", editing }), [store]);
  const onShowWords = useCallback(() => id && operations.goToWords(id), [operations, id]);
  // Opened from the keyboard: the focus goes to the panel's heading once the panel is drawn.
  const shownId = annotation?.id;
  useEffect(() => {
    if (shownId) operations.panelShown(shownId);
  }, [shownId, operations]);

  if (!id) return null;
  if (annotation) {
    return (
      <AnnotationPanel
        key={annotation.id}
        annotation={annotation}
        viewer={viewer}
        people={people}
        others={presentOn.get(annotation.id) ?? NOBODY}
        changedBy={changedBy}
        removedBy={removedBy}
        commentRevision={commentRevision}
        onChange={operations.received}
        onDelete={onDelete}
        onRestore={onRestore}
        onClose={operations.close}
        onShowWords={onShowWords}
        onEditingChange={onEditingChange}
      />
    );
  }
  return failed !== undefined ? (
    <div className="alert error" role="alert">
      {failed}
    </div>
  ) : (
    <div className="card annotation-panel" role="status">
      Loading the annotation…
    </div>
  );
});
