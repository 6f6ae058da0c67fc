"use client";

import { memo, useCallback, useEffect, useRef, useState } from "react";
import { ErrorAlert } from "@/components/ui/alert";
import { announce } from "../../ui/announcer";
import { WORKSPACE_COMMANDS, type WorkspaceCommand } from "./commands";
import { allOff, keyOf, NO_BINDINGS, rebind, typedKey, type KeyBindings } from "./shortcut-keys";
import { writeShortcutKeys } from "./use-shortcut-keys";
import { useWorkspace, useWorkspaceStore } from "./workspace-context";

/** One shortcut: its key (a field to change, for a single key) and what it does. */
function ShortcutRow({ command, keys, onRebind }: { command: WorkspaceCommand; keys: KeyBindings; onRebind(name: string, key: string): void }) {
  const key = keyOf(command, keys);
  return (
    <tr>
      <td>
        {command.single ? (
          <input
            className="shortcut-key"
            aria-label={`Key for: ${command.label}`}
            aria-describedby="shortcut-keys-help"
            value={key ?? ""}
            placeholder="off"
            maxLength={2}
            onChange={(event) => onRebind(command.name, typedKey(event.target.value, key ?? ""))}
          />
        ) : (
          <kbd>{command.display ?? command.key}</kbd>
        )}
      </td>
      <td>{command.label}</td>
    </tr>
  );
}

/**
 * The keyboard shortcuts, as the page's commands (commands.ts) describe them, each single-key one
 * with a field to move it or switch it off (WCAG 2.1.4). The keys are this browser's
 * (use-shortcut-keys.ts). Closing gives the focus back to where it was when the dialog opened.
 */
export const ShortcutsDialog = memo(function ShortcutsDialog() {
  const store = useWorkspaceStore();
  const open = useWorkspace((state) => state.view.helpOpen);
  const keys = useWorkspace((state) => state.view.keys);
  const [error, setError] = useState<string>();
  const onClose = useCallback(() => store.dispatch({ type: "helpToggled", open: false }), [store]);
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setError(undefined);
      element.showModal();
    }
    if (!open && element.open) element.close();
    // Browsers differ in where the focus goes after a modal dialog: back where it was, always.
    if (!open && returnTo.current) {
      if (returnTo.current.isConnected) returnTo.current.focus();
      returnTo.current = null;
    }
  }, [open]);

  const save = useCallback(
    (next: KeyBindings, said: string) => {
      setError(undefined);
      writeShortcutKeys(next);
      store.dispatch({ type: "keysChanged", keys: next });
      announce(said);
    },
    [store],
  );
  const onRebind = useCallback(
    (name: string, key: string) => {
      const result = rebind(store.getState().view.keys, WORKSPACE_COMMANDS, name, key);
      if ("error" in result) {
        setError(result.error);
        return;
      }
      const label = WORKSPACE_COMMANDS.find((command) => command.name === name)!.label;
      save(result.bindings, key ? `“${label}” is now on ${key.toLowerCase()}.` : `“${label}” is switched off.`);
    },
    [store, save],
  );

  return (
    <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <p id="shortcut-keys-help" className="muted">
        Type another key in a field to move that shortcut, or empty the field to switch it off. Your keys are kept in this browser.
      </p>
      <ErrorAlert message={error} />
      <table>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">What it does</th>
          </tr>
        </thead>
        <tbody>
          {WORKSPACE_COMMANDS.map((command) => (
            <ShortcutRow key={command.name} command={command} keys={keys} onRebind={onRebind} />
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => save(allOff(WORKSPACE_COMMANDS), "All single-key shortcuts are switched off.")}>
          Switch off all single-key shortcuts
        </button>
        <button type="button" className="secondary" onClick={() => save(NO_BINDINGS, "The usual keys are back.")}>
          Use the usual keys
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
});
