"use client";

import { useEffect } from "react";

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && target.closest("input, textarea, select, dialog, .note-editor") !== null;

/** j / k move through the listed annotations (and suggestions), Esc closes the open one, a / x accept or dismiss an open suggestion, ? shows the shortcuts. */
export function useAnnotationKeys(options: {
  ids: string[];
  selectedId: string | null;
  open(id: string): void;
  close(): void;
  showHelp(): void;
  /** With a suggestion open: a accepts it, x dismisses it. */
  onAccept?: () => void;
  onDismiss?: () => void;
}) {
  const { ids, selectedId, open, close, showHelp, onAccept, onDismiss } = options;
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key === "?") {
        event.preventDefault();
        showHelp();
      } else if (event.key === "Escape") {
        close();
      } else if (event.key === "a" && onAccept) {
        event.preventDefault();
        onAccept();
      } else if (event.key === "x" && onDismiss) {
        event.preventDefault();
        onDismiss();
      } else if ((event.key === "j" || event.key === "k") && ids.length > 0) {
        event.preventDefault();
        const at = selectedId ? ids.indexOf(selectedId) : -1;
        const next = event.key === "j" ? (at + 1) % ids.length : at <= 0 ? ids.length - 1 : at - 1;
        open(ids[next]);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [ids, selectedId, open, close, showHelp, onAccept, onDismiss]);
}
