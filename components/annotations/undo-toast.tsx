"use client";

export function UndoToast({ message, onUndo, onDismiss }: { message: string; onUndo(): void; onDismiss(): void }) {
  return (
    <div className="toast" role="status">
      <span>{message}</span>
      <button type="button" className="secondary" onClick={onUndo}>
        Undo
      </button>
      <button type="button" className="link" onClick={onDismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
