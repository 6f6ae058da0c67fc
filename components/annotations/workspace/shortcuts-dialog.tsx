"use client";

import { memo, useCallback, useEffect, useRef } from "react";
import { WORKSPACE_COMMANDS } from "./commands";
import { useWorkspace, useWorkspaceStore } from "./workspace-context";

/** The keyboard shortcuts, as the page's commands (commands.ts) describe them. */
export const ShortcutsDialog = memo(function ShortcutsDialog() {
  const store = useWorkspaceStore();
  const open = useWorkspace((state) => state.view.helpOpen);
  const onClose = useCallback(() => store.dispatch({ type: "helpToggled", open: false }), [store]);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {WORKSPACE_COMMANDS.map((command) => (
            <tr key={command.name}>
              <td>
                <kbd>{command.key}</kbd>
              </td>
              <td>{command.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
});
