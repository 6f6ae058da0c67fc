"use client";

import { useEffect } from "react";
import type { WorkspaceStore } from "./workspace-state";

const SHOWN_KEY = "factmark:show-suggestions";

const readShown = () => window.localStorage.getItem(SHOWN_KEY) !== "false";

export function writeSuggestionsShown(shown: boolean) {
  window.localStorage.setItem(SHOWN_KEY, String(shown));
}

/**
 * Whether this person shows the machine's suggestions is remembered in the browser: read once
 * the page is up (the server cannot know it, so the first render shows them), and followed when
 * another tab changes it.
 */
export function useSuggestionsShown(store: WorkspaceStore) {
  useEffect(() => {
    const follow = () => store.dispatch({ type: "suggestionsShownChanged", shown: readShown() });
    follow();
    window.addEventListener("storage", follow);
    return () => window.removeEventListener("storage", follow);
  }, [store]);
}
