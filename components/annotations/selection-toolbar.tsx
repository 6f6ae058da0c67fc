"use client";

import type { TextSelection } from "../editor/article-editor";
import { KIND_LABELS, KIND_SHORTCUTS, KINDS, type Kind } from "./labels";

export function SelectionToolbar({ selection, busy, onTag }: { selection: TextSelection; busy: boolean; onTag(kind: Kind): void }) {
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label="Tag the selected text"
      style={{ top: Math.max(selection.top - 46, 0), left: Math.max(selection.left - 8, 0) }}
      // Keep the text selection while the mouse is on the toolbar.
      onMouseDown={(event) => event.preventDefault()}
    >
      {KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className={`tag-button tag-${kind.toLowerCase()}`}
          disabled={busy}
          aria-keyshortcuts={KIND_SHORTCUTS[kind]}
          title={`Tag as ${KIND_LABELS[kind].toLowerCase()} (${KIND_SHORTCUTS[kind]})`}
          onClick={() => onTag(kind)}
        >
          {KIND_LABELS[kind]}
        </button>
      ))}
    </div>
  );
}
