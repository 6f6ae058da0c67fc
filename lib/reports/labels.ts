import { RELATION_LABELS } from "../vocabulary/labels";
import type { SourceRelation } from "../vocabulary/names";

// The reports use the app's labels (lib/vocabulary/labels.ts); a relation reads in lower case inside a sentence.
export const RELATION_NAMES = Object.fromEntries(
  Object.entries(RELATION_LABELS).map(([relation, label]) => [relation, label.toLowerCase()]),
) as Record<SourceRelation, string>;

/** Lets a long export give the event loop back now and then, so other requests are served. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** ", archived 2026-11-24 <https://desk.example/copies/…>": a source's copy as the exported files say it. */
export function archiveNote(source: { archive: { takenAt: string; path: string } | null }): string {
  return source.archive ? `, archived ${source.archive.takenAt} <${source.archive.path}>` : "";
}
