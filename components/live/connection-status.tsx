"use client";

import type { FeedStatus } from "./use-live-feed";

const LABELS: Record<FeedStatus, string> = {
  connecting: "Connecting…",
  live: "Live",
  reconnecting: "Reconnecting… changes will catch up",
  offline: "Offline: not receiving changes",
  "signed-out": "Signed out: sign in again to see changes",
};

/** Whether others' changes are arriving; says so in words, not only colour. */
export function ConnectionStatus({ status, onReconnect }: { status: FeedStatus; onReconnect(): void }) {
  return (
    <span className={`connection-status status-${status}`} role="status" aria-label={`Live updates: ${LABELS[status]}`}>
      <span className="dot" aria-hidden="true" />
      {LABELS[status]}
      {status === "offline" && (
        <button type="button" className="link" onClick={onReconnect}>
          Reconnect
        </button>
      )}
      {status === "signed-out" && <a href="/login">Sign in</a>}
    </span>
  );
}
