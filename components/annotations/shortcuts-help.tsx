"use client";

import { useEffect, useRef } from "react";
import { KIND_LABELS, KIND_SHORTCUTS, KINDS } from "./labels";

const SHORTCUTS: [string, string][] = [
  ...KINDS.map((kind): [string, string] => [KIND_SHORTCUTS[kind], `Tag the selected text as a ${KIND_LABELS[kind].toLowerCase()}`]),
  ["j", "Next annotation"],
  ["k", "Previous annotation"],
  ["Esc", "Close the annotation panel or this help"],
  ["?", "Show these shortcuts"],
];

export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose(): void }) {
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
          {SHORTCUTS.map(([key, action]) => (
            <tr key={key}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
