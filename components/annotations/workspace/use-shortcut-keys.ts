"use client";

import { useEffect } from "react";
import { WORKSPACE_COMMANDS } from "./commands";
import { parseBindings, type KeyBindings } from "./shortcut-keys";
import type { WorkspaceStore } from "./workspace-state";

// Kept in this browser (localStorage), not on the account: the keys a person wants depend on
// the keyboard and the speech software of the machine they sit at.
const KEYS_KEY = "factmark:shortcut-keys";

const readKeys = () => parseBindings(window.localStorage.getItem(KEYS_KEY), WORKSPACE_COMMANDS);

export function writeShortcutKeys(keys: KeyBindings) {
  window.localStorage.setItem(KEYS_KEY, JSON.stringify(keys));
}

/** This person's shortcut keys: read once the page is up, and followed when another tab changes them. */
export function useShortcutKeys(store: WorkspaceStore) {
  useEffect(() => {
    const follow = () => store.dispatch({ type: "keysChanged", keys: readKeys() });
    follow();
    window.addEventListener("storage", follow);
    return () => window.removeEventListener("storage", follow);
  }, [store]);
}
