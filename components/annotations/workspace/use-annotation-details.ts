"use client";

import { useEffect } from "react";
import { annotationsApi } from "../../api/annotations";
import { afterNextPaint } from "./after-paint";
import type { WorkspaceStore } from "./workspace-state";

/**
 * Fetches an annotation's full view (note, sources, permissions) when it is opened, unless the
 * page already holds it; one that failed is tried again when opened again. It watches the state
 * rather than rendering with it, and asks once the frame that shows the opening is painted: j
 * moves the selection at once, and the panel follows when the answer comes.
 */
export function useAnnotationDetails(store: WorkspaceStore) {
  useEffect(() => {
    let opened: string | null = null;
    let cancel = () => {};
    const fetchDetails = (id: string) =>
      annotationsApi.get(id).then(
        (annotation) => store.dispatch({ type: "detailsFetched", annotation }),
        (error: Error) => store.dispatch({ type: "detailsFailed", id, message: error.message }),
      );
    const check = () => {
      const { selection, details } = store.getState();
      if (selection.annotationId === opened) return;
      const id = (opened = selection.annotationId);
      // Paging on with j before the frame is drawn asks only for where the person stopped.
      cancel();
      if (id && !details.views.has(id)) cancel = afterNextPaint(() => void fetchDetails(id));
    };
    check();
    const unsubscribe = store.subscribe(check);
    return () => {
      unsubscribe();
      cancel();
    };
  }, [store]);
}
