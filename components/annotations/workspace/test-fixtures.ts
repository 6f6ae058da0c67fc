import type { AnnotationView } from "@/lib/annotations/annotation-view";
import type { SuggestionView } from "@/lib/suggestions/suggestion-view";
import type { TextSelection } from "../../editor/article-editor";

/** An annotation as the API answers it, with what a test cares about set. */
export function annotationView(over: Partial<AnnotationView> & Pick<AnnotationView, "id" | "start" | "end">): AnnotationView {
  return {
    articleId: "article",
    kind: "CLAIM",
    exact: "words",
    prefix: "",
    suffix: "",
    orphaned: false,
    note: "",
    figure: { value: null, valueMax: null, unit: null },
    status: "DRAFT",
    author: { id: "ann", name: "Ann" },
    verdict: null,
    reviewer: null,
    reviewedAt: null,
    submittedAt: null,
    assignee: null,
    version: 1,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    deleted: false,
    contributorIds: [],
    canEdit: true,
    canDelete: true,
    sources: [],
    sameClaimAs: null,
    ...over,
  };
}

export function suggestionView(over: Partial<SuggestionView> & Pick<SuggestionView, "id" | "start" | "end">): SuggestionView {
  return {
    articleId: "article",
    kind: "FIGURE",
    exact: "12 million",
    reason: "a number",
    value: 12_000_000,
    valueMax: null,
    unit: null,
    score: null,
    status: "OPEN",
    version: 1,
    annotationId: null,
    decidedBy: null,
    decidedAt: null,
    ...over,
  };
}

export function textSelection(start: number, end: number): TextSelection {
  return { start, end, exact: "x".repeat(end - start), from: start + 1, to: end + 1, top: 0, left: 0 };
}
