"use client";

import { createContext, useContext } from "react";
import type { PresenceEntry } from "@/lib/realtime/presence";
import type { FeedStatus } from "../../live/use-live-feed";

/** The live feed's connection and who else is on the article (use-live-article.ts), for the parts that show them. */
export interface LivePresence {
  status: FeedStatus;
  reconnect(): void;
  others: PresenceEntry[];
  /** Who has each annotation open. */
  presentOn: Map<string, PresenceEntry[]>;
}

export const LiveContext = createContext<LivePresence>({ status: "connecting", reconnect: () => {}, others: [], presentOn: new Map() });

export const useLivePresence = () => useContext(LiveContext);
