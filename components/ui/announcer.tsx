"use client";

import { useEffect, useSyncExternalStore } from "react";
import { announced, cleared, initialAnnouncer, type AnnouncerState, type Joining, type Politeness } from "./announcer-state";

/** How long a message stays in its region after it was said. */
const KEEP_MS = 10_000;

let state: AnnouncerState = initialAnnouncer;
const listeners = new Set<() => void>();
const set = (next: AnnouncerState) => {
  if (next === state) return;
  state = next;
  listeners.forEach((listener) => listener());
};

/**
 * Says `message` to screen readers through the page's one announcer: "polite" waits for a pause
 * (what others did, what was saved, where the keyboard went), "assertive" interrupts (what failed).
 * Any part of the page may call it; nothing is said where no <Announcer /> is mounted.
 * `joining` (announcer-state.ts): whether a message said a moment ago is kept before it.
 */
export function announce(message: string, politeness: Politeness = "polite", joining: Joining = "join"): void {
  set(announced(state, message, politeness, Date.now(), joining));
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const read = () => state;
const readOnServer = () => initialAnnouncer;

function Region({ politeness, label }: { politeness: Politeness; label: string }) {
  const { text, at } = useSyncExternalStore(subscribe, read, readOnServer)[politeness];
  useEffect(() => {
    if (!text) return;
    const timer = setTimeout(() => set(cleared(state, politeness, Date.now())), KEEP_MS);
    return () => clearTimeout(timer);
  }, [text, at, politeness]);
  // Present from the first render and only its text changes: a region added together with its
  // message is not spoken by every screen reader.
  return (
    <div className="visually-hidden" role="log" aria-live={politeness} aria-atomic="true" aria-label={label}>
      {text}
    </div>
  );
}

/** The two live regions every signed-in page has, once (app/(signed-in)/layout.tsx). */
export function Announcer() {
  return (
    <>
      <Region politeness="polite" label="Announcements" />
      <Region politeness="assertive" label="Urgent announcements" />
    </>
  );
}
