"use client";

import { memo } from "react";
import { ErrorAlert } from "@/components/ui/alert";
import { KIND_LABELS } from "../labels";
import { UndoToast } from "../undo-toast";
import { useOperations, useWorkspace, useWorkspaceStore } from "./workspace-context";

/** Why this person's last request on an annotation failed. */
export const RequestError = memo(function RequestError() {
  return <ErrorAlert message={useWorkspace((state) => state.requests.error)} />;
});

/** Undo for what this person just deleted or dismissed; the deletion's comes first. */
export const UndoToasts = memo(function UndoToasts() {
  const store = useWorkspaceStore();
  const operations = useOperations();
  const deleted = useWorkspace((state) => state.requests.deleted);
  const dismissed = useWorkspace((state) => state.suggestions.dismissed);
  if (deleted) {
    return (
      <UndoToast
        message={`Deleted the ${KIND_LABELS[deleted.kind].toLowerCase()} “${deleted.exact.slice(0, 40)}”.`}
        onUndo={() => void operations.restore(deleted.id)}
        onDismiss={() => store.dispatch({ type: "undoDismissed", what: "annotation" })}
      />
    );
  }
  if (dismissed) {
    return (
      <UndoToast
        message={`Dismissed the suggested ${KIND_LABELS[dismissed.kind].toLowerCase()} “${dismissed.exact.slice(0, 40)}”.`}
        onUndo={() => void operations.restoreSuggestion(dismissed.id)}
        onDismiss={() => store.dispatch({ type: "undoDismissed", what: "suggestion" })}
      />
    );
  }
  return null;
});
