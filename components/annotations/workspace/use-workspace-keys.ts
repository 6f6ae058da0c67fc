"use client";

import { useEffect } from "react";
import { commandFor } from "./commands";
import type { WorkspaceOperations } from "./operations";
import type { WorkspaceStore } from "./workspace-state";

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && target.closest("input, textarea, select, dialog, .note-editor") !== null;

/**
 * The page's keyboard shortcuts (commands.ts): one listener for the page's life, which reads the
 * state when a key is pressed, so nothing is re-registered as the page changes.
 */
export function useWorkspaceKeys(store: WorkspaceStore, operations: WorkspaceOperations) {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (isTyping(event.target)) return;
      const state = store.getState();
      const command = commandFor(event, state);
      if (!command) return;
      if (!command.keepsDefault) event.preventDefault();
      command.perform({ state, store, operations });
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [store, operations]);
}
