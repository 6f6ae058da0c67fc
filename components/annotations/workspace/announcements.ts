import type { AnnotationSummary } from "@/lib/annotations/annotation-summary";
import type { ArticleLiveChange } from "@/lib/contracts/live";
import { ACTIONS } from "@/lib/vocabulary/actions";
import { KIND_LABELS, STATUS_LABELS, shortQuote } from "../labels";

/**
 * What the article page says to screen readers (through components/ui/announcer.tsx). The
 * highlights are painted, not elements, so assistive technology cannot find them in the text:
 * these sentences, the keyboard commands that speak them and the annotation list (the index of
 * every annotation) stand in for them. Pure, so that each sentence is tested.
 */

type Described = Pick<AnnotationSummary, "kind" | "exact"> & { status?: AnnotationSummary["status"] };

const QUOTE_LENGTH = 80;
const kindWord = (kind: Described["kind"]) => KIND_LABELS[kind].toLowerCase();
const quote = (exact: string) => `“${shortQuote(exact, QUOTE_LENGTH)}”`;

/** One annotation as j and k reach it: its kind, place in the list, words and status. */
export function describeStep(item: Described, position: number, total: number, suggestion = false): string {
  const what = suggestion ? `Suggested ${kindWord(item.kind)}` : KIND_LABELS[item.kind];
  const status = item.status && !suggestion ? ` ${STATUS_LABELS[item.status]}.` : "";
  return `${what}, ${position} of ${total}: ${quote(item.exact)}.${status}`;
}

/** The annotations (innermost first) that contain a point of the text, `offset`: start ≤ offset < end, or at the very end of one. */
export function annotationsAt<T extends Pick<AnnotationSummary, "start" | "end" | "orphaned">>(list: readonly T[], offset: number): T[] {
  const here = list.filter((a) => !a.orphaned && a.start <= offset && offset <= a.end && a.start < a.end);
  return here.sort((a, b) => a.end - a.start - (b.end - b.start));
}

/** What the caret is in, said on request (the "say here" shortcut). */
export function describeHere(here: readonly Described[], openKey: string | null): string {
  if (here.length === 0) return "No annotation at the caret.";
  const each = here.map((a) => `${kindWord(a.kind)} ${quote(a.exact)}${a.status ? `, ${STATUS_LABELS[a.status].toLowerCase()}` : ""}`);
  const open = openKey ? ` Press ${openKey} to open ${here.length === 1 ? "it" : "the first"}.` : "";
  return here.length === 1 ? `At the caret: ${each[0]}.${open}` : `At the caret, ${here.length} annotations: ${each.join("; ")}.${open}`;
}

/** Said when the caret moves into annotated words (or into other ones): their kinds only, kept short. */
export function describeEntered(here: readonly Described[]): string | null {
  if (here.length === 0) return null;
  const kinds = here.map((a) => `a ${kindWord(a.kind)}`);
  return `In ${kinds.length === 1 ? kinds[0] : `${kinds.slice(0, -1).join(", ")} and ${kinds[kinds.length - 1]}`}.`;
}

/** Whether two lists of annotations at the caret are the same ones (so nothing new is said). */
export function sameHere(a: readonly { id: string }[], b: readonly { id: string }[]): boolean {
  return a.length === b.length && a.every((item, i) => item.id === b[i].id);
}

export const describeTagged = (item: Described) => `Tagged as a ${kindWord(item.kind)}: ${quote(item.exact)}.`;

/** Said when this person accepts one of the machine's suggestions (a draft of theirs now) or dismisses it. */
export function describeSuggestionDone(item: Pick<Described, "kind" | "exact">, done: "accepted" | "dismissed"): string {
  const what = `the suggested ${kindWord(item.kind)} ${quote(item.exact)}`;
  return done === "accepted" ? `Accepted ${what}: it is your draft ${kindWord(item.kind)} now.` : `Dismissed ${what}.`;
}

/**
 * Someone else's change as the live feed brought it, or null for what is not worth interrupting
 * a reader for (a page's archive finished, a comment edited: the panel shows those).
 */
export function describeLiveChange(type: ArticleLiveChange["type"], who: string, item: Described | undefined): string | null {
  const on = item ? ` (${kindWord(item.kind)} ${quote(item.exact)})` : "";
  switch (type) {
    case "annotation.created":
      return item ? `${who} added a ${kindWord(item.kind)}: ${quote(item.exact)}.` : `${who} added an annotation.`;
    case "annotation.deleted":
      return `${who} deleted an annotation${on}.`;
    case "annotation.approve":
    case "annotation.reject":
    case "annotation.request_changes":
    case "annotation.submit":
    case "annotation.restored":
    case "annotation.reattached":
    case "source.added":
    case "source.removed":
    case "comment.created":
      return `${who} ${ACTIONS[type].label}${on}.`;
    default:
      return null;
  }
}
