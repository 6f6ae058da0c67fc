import type { AnnotationView } from "@/lib/annotations/annotation-view";

export type Kind = AnnotationView["kind"];

export const KINDS: readonly Kind[] = ["CLAIM", "FIGURE", "DENIAL"];

export const KIND_LABELS: Record<Kind, string> = { CLAIM: "Claim", FIGURE: "Figure", DENIAL: "Denial" };
export const KIND_PLURALS: Record<Kind, string> = { CLAIM: "Claims", FIGURE: "Figures", DENIAL: "Denials" };

/** Single keys on a selection in the article; the article is read-only so plain letters are free. */
export const KIND_SHORTCUTS: Record<Kind, string> = { CLAIM: "c", FIGURE: "f", DENIAL: "d" };

export const STATUS_LABELS: Record<string, string> = {
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  APPROVED: "Approved",
  CHANGES_REQUESTED: "Changes requested",
  REJECTED: "Rejected",
};

export const RELATION_LABELS: Record<string, string> = { SUPPORTS: "Supports", REFUTES: "Refutes", CONTEXT: "Context" };
export const RELATION_OPTIONS = Object.entries(RELATION_LABELS).map(([value, label]) => ({ value, label }));

export function shortQuote(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Document order: earlier start first; of two spans starting together, the longer (outer) one
 * first; then by id, which is creation order (the server's list sorts the same way).
 */
export function compareAnnotations(a: { id: string; start: number; end: number }, b: { id: string; start: number; end: number }) {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
