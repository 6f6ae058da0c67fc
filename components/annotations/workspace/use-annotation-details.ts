"use client";

import { useEffect } from "react";
import { annotationsApi } from "../../api/annotations";
import type { WorkspaceStore } from "./workspace-state";

/**
 * Fetches an annotation's full view (note, sources, permissions) when it is opened, unless the
 * page already holds it; one that failed is tried again when opened again. It watches the state
 * rather than rendering with it: opening an annotation with j renders only what shows it.
 */
export function useAnnotationDetails(store: WorkspaceStore) {
  useEffect(() => {
    let opened: string | null = null;
    const check = () => {
      const { selection, details } = store.getState();
      if (selection.annotationId === opened) return;
      const id = (opened = selection.annotationId);
      if (!id || details.views.has(id)) return;
      annotationsApi.get(id).then(
        (annotation) => store.dispatch({ type: "detailsFetched", annotation }),
        (error: Error) => store.dispatch({ type: "detailsFailed", id, message: error.message }),
      );
    };
    check();
    return store.subscribe(check);
  }, [store]);
}
