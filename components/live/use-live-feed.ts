"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { ArticleEvent } from "@/lib/realtime/article-feed";
import type { PresenceEntry } from "@/lib/realtime/presence";

export type FeedStatus = "connecting" | "live" | "reconnecting" | "offline" | "signed-out";

/** `E`: what the feed's changes carry, an article's events or a story's (lib/realtime/story-stream.ts). */
export interface FeedHandlers<E = ArticleEvent> {
  onChange(event: E): void;
  /** The page fell too far behind (or the server's feed restarted): its data must be reloaded. */
  onReset(): void;
}

/** The server pings every 15 s; this long without a word means the connection died silently. */
const SILENCE_MS = 40_000;

/**
 * A live feed over Server-Sent Events: an article's (`/api/articles/:id/events`) or a story's
 * (`/api/stories/:id/events`), which speak the same events. The browser reconnects by itself and sends
 * the last event id it saw, so the server replays exactly what was missed. A feed the browser
 * gave up on (the server refused it), went quiet, or lost to the network going away is reopened
 * from the last event seen: by `reconnect`, by the watchdog, or when the network comes back.
 */
export function useLiveFeed<E = ArticleEvent>(feedPath: string, initialSeq: number | null, handlers: FeedHandlers<E>) {
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
    const source = new EventSource(`${feedPath}?after=${lastSeq.current}`);
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
      setConnectionId((JSON.parse(event.data) as { connectionId: string }).connectionId);
      setStatus("live");
    });
    source.addEventListener("change", (event) => {
      if (seq(event) <= lastSeq.current!) return;
      lastSeq.current = seq(event);
      latest.current.onChange(JSON.parse(event.data) as E);
    });
    source.addEventListener("reset", (event) => {
      lastSeq.current = seq(event);
      latest.current.onReset();
    });
    source.addEventListener("presence", (event) => setPresence(JSON.parse(event.data) as PresenceEntry[]));
    source.addEventListener("revoked", () => {
      source.close();
      setStatus("signed-out");
    });
    return () => {
      clearTimeout(watchdog);
      source.close();
      setStatus((current) => (current === "signed-out" ? current : "connecting"));
    };
  }, [feedPath, attempt, online, initialSeq]);

  const reconnect = () => {
    setStatus("connecting");
    setAttempt((n) => n + 1);
  };
  return { status: online ? status : ("offline" as const), presence, connectionId, reconnect };
}

function subscribeToNetwork(changed: () => void): () => void {
  window.addEventListener("online", changed);
  window.addEventListener("offline", changed);
  return () => {
    window.removeEventListener("online", changed);
    window.removeEventListener("offline", changed);
  };
}
