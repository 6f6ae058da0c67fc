"use client";

import type { PresenceEntry } from "@/lib/realtime/presence";

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "?") + (parts.length > 1 ? parts[parts.length - 1][0] : "")).toUpperCase();
}

/** One entry per person (several tabs count once), the viewer left out. */
export function othersPresent(entries: PresenceEntry[], viewerId: string): PresenceEntry[] {
  const byUser = new Map<string, PresenceEntry>();
  for (const entry of entries) {
    if (entry.userId === viewerId) continue;
    const seen = byUser.get(entry.userId);
    if (!seen || (entry.editing && !seen.editing) || (entry.annotationId && !seen.annotationId)) byUser.set(entry.userId, entry);
  }
  return [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function Avatar({ name, editing }: { name: string; editing?: boolean }) {
  return (
    <span className={`avatar${editing ? " editing" : ""}`} title={name} aria-hidden="true">
      {initials(name)}
    </span>
  );
}

/** Who else is on the article, and what each has open. */
export function PresenceBar({ others, live, describe }: { others: PresenceEntry[]; live: boolean; describe(entry: PresenceEntry): string }) {
  if (!live) return null;
  if (others.length === 0) return <span className="presence muted">Only you are here.</span>;
  return (
    <div className="presence-wrap">
      <span className="muted" aria-hidden="true">
        Also here:
      </span>
      <ul className="presence" aria-label="Also on this article">
        {others.map((entry) => (
          <li key={entry.userId} aria-label={`${entry.name}${describe(entry)}`} title={`${entry.name}${describe(entry)}`}>
            <Avatar name={entry.name} editing={entry.editing} />
            {/* A few names fit; beyond that, initials (with the name on hover and for screen readers). */}
            {others.length <= 3 && (
              <span className="presence-name" aria-hidden="true">
                {entry.name}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
