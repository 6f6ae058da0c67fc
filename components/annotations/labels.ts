import { KIND_LABELS, KIND_PLURALS, RELATION_LABELS, STATUS_LABELS } from "@/lib/vocabulary/labels";
import { KINDS, type AnnotationKind } from "@/lib/vocabulary/names";

export type Kind = AnnotationKind;
export { KINDS, KIND_LABELS, KIND_PLURALS, RELATION_LABELS, STATUS_LABELS };

/** Single keys on a selection in the article; the article is read-only so plain letters are free. */
export const KIND_SHORTCUTS: Record<Kind, string> = { CLAIM: "c", FIGURE: "f", DENIAL: "d" };

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
