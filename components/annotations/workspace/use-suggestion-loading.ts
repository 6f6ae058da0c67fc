"use client";

import { useEffect } from "react";
import type { WorkspaceOperations } from "./operations";
import type { WorkspaceStore } from "./workspace-state";

/**
 * Fetches the machine's suggestions once the annotations are in and the browser has a moment:
 * suggestions are the machine's extra, never what a person waits for.
 */
export function useSuggestionLoading(store: WorkspaceStore, operations: WorkspaceOperations) {
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 50));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    let handle: number | undefined;
    const check = () => {
      if (handle !== undefined || store.getState().annotations.load !== "ready") return;
      handle = idle(() => void operations.loadSuggestions(), { timeout: 1_000 });
      unsubscribe();
    };
    const unsubscribe = store.subscribe(check);
    check();
    return () => {
      unsubscribe();
      if (handle !== undefined) cancel(handle);
    };
  }, [store, operations]);
}
