"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { z } from "zod";
import { liveFrames, type LiveChange, type LiveFrames } from "@/lib/contracts/live";
import type { PresenceEntry } from "@/lib/realtime/presence";

export type FeedStatus = "connecting" | "live" | "reconnecting" | "offline" | "signed-out";

export interface FeedHandlers {
  onChange(event: LiveChange): void;
  /** The page fell too far behind (or the server's feed restarted): its data must be reloaded. */
  onReset(): void;
}

/** The server pings every 15 s; this long without a word means the connection died silently. */
const SILENCE_MS = 40_000;

/**
 * A live feed over Server-Sent Events: an article's or a story's (`feedUrl` from components/api),
 * which speak the same events (lib/contracts/live.ts), each parsed before it is used: a change
 * this page cannot read is taken as a missed one, so the page reloads. The browser reconnects by itself and sends
 * the last event id it saw, so the server replays exactly what was missed. A feed the browser
 * gave up on (the server refused it), went quiet, or lost to the network going away is reopened
 * from the last event seen: by `reconnect`, by the watchdog, or when the network comes back.
 */
export function useLiveFeed(feedUrl: string, initialSeq: number | null, handlers: FeedHandlers) {
  const [status, setStatus] = useState<FeedStatus>("connecting");
  const [presence, setPresence] = useState<PresenceEntry[]>([]);
  const [connectionId, setConnectionId] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const lastSeq = useRef(initialSeq);
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  const online = useSyncExternalStore(subscribeToNetwork, () => navigator.onLine, () => true);

  useEffect(() => {
    // The feed opens once the page knows where its data was read, and then keeps its own position.
    if (!online || initialSeq === null) return;
    lastSeq.current ??= initialSeq;
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const heard = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        source.close();
        setStatus("reconnecting");
        setAttempt((n) => n + 1);
      }, SILENCE_MS);
    };
    const source = new EventSource(`${feedUrl}?after=${lastSeq.current}`);
    const seq = (event: MessageEvent) => Number(event.lastEventId);
    source.addEventListener("open", () => {
      setStatus("live");
      heard();
    });
    source.addEventListener("ping", heard);
    source.addEventListener("error", () => {
      setStatus((current) => (current === "signed-out" ? current : source.readyState === EventSource.CLOSED ? "offline" : "reconnecting"));
    });
    source.addEventListener("hello", (event) => {
      const hello = read("hello", event);
      if (hello) setConnectionId(hello.connectionId);
      setStatus("live");
    });
    source.addEventListener("change", (event) => {
      if (seq(event) <= lastSeq.current!) return;
      lastSeq.current = seq(event);
      const change = read("change", event);
      if (change) latest.current.onChange(change);
      else latest.current.onReset();
    });
    source.addEventListener("reset", (event) => {
      lastSeq.current = seq(event);
      latest.current.onReset();
    });
    source.addEventListener("presence", (event) => {
      const entries = read("presence", event);
      if (entries) setPresence(entries);
    });
    source.addEventListener("revoked", () => {
      source.close();
      setStatus("signed-out");
    });
    return () => {
      clearTimeout(watchdog);
      source.close();
      setStatus((current) => (current === "signed-out" ? current : "connecting"));
    };
  }, [feedUrl, attempt, online, initialSeq]);

  const reconnect = () => {
    setStatus("connecting");
    setAttempt((n) => n + 1);
  };
  return { status: online ? status : ("offline" as const), presence, connectionId, reconnect };
}

/** An event's data as its contract says it is, or null (logged): the page and the server disagree. */
function read<K extends keyof LiveFrames>(name: K, event: MessageEvent): z.output<LiveFrames[K]> | null {
  let data: unknown;
  try {
    data = JSON.parse(event.data);
  } catch {
    data = undefined;
  }
  const parsed = liveFrames[name].safeParse(data);
  if (parsed.success) return parsed.data as z.output<LiveFrames[K]>;
  console.error(`The live feed sent a "${name}" event this page cannot read.`, parsed.error.issues);
  return null;
}

function subscribeToNetwork(changed: () => void): () => void {
  window.addEventListener("online", changed);
  window.addEventListener("offline", changed);
  return () => {
    window.removeEventListener("online", changed);
    window.removeEventListener("offline", changed);
  };
}
