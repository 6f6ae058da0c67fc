import { RELATION_LABELS } from "../vocabulary/labels";
import type { SourceRelation } from "../vocabulary/names";
import type { ReportEntry } from "./report-data";

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

/** "Same claim as" in a report's words: who checked it, when, what they found and where. */
export function sameClaimNote(same: NonNullable<ReportEntry["sameClaimAs"]>): string {
  const who = same.origin === "desk" ? `checked by ${same.checkedBy} on ${same.reviewedAt}${same.storyTitle ? ` in “${same.storyTitle}”` : ""}` : `checked by ${same.checkedBy} on ${same.reviewedAt}${same.url ? ` <${same.url}>` : ""}`;
  return `Same claim as “${same.quote}”, ${who}${same.verdict ? `: ${same.verdict}` : ""}`;
}
