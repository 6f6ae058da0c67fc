"use client";

import { memo, useCallback } from "react";
import type { PresenceEntry } from "@/lib/realtime/presence";
import { ConnectionStatus } from "../../live/connection-status";
import { PresenceBar } from "../../live/presence-bar";
import { findAnnotation } from "./annotations-slice";
import { useLivePresence } from "./live-context";
import { useWorkspace } from "./workspace-context";

const KIND_WORDS = { CLAIM: "claim", FIGURE: "figure", DENIAL: "denial" } as const;

/** The live feed's state, who else is here and what each has open, and why the page should be reloaded if it should. */
export const LiveBar = memo(function LiveBar() {
  const live = useLivePresence();
  const annotations = useWorkspace((state) => state.annotations);
  const notice = useWorkspace((state) => state.live.notice);
  const describe = useCallback(
    (entry: PresenceEntry) => {
      if (!entry.annotationId) return "";
      const found = findAnnotation(annotations, entry.annotationId);
      return `, ${entry.editing ? "editing" : "viewing"}${found ? ` (${KIND_WORDS[found.kind]} “${found.exact.slice(0, 40)}”)` : ""}`;
    },
    [annotations],
  );
  return (
    <>
      <div className="live-bar">
        <ConnectionStatus status={live.status} onReconnect={live.reconnect} />
        <PresenceBar others={live.others} live={live.status === "live"} describe={describe} />
      </div>
      {notice && (
        <div className="alert info" role="status">
          {notice}{" "}
          <button type="button" className="link" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      )}
    </>
  );
});
