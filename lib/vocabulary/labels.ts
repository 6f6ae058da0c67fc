import type { AnnotationKind, ReviewStatus, Role, SourceRelation } from "./names";

/** What people read for each name, in the app and in every report. */
export const KIND_LABELS: Record<AnnotationKind, string> = { CLAIM: "Claim", FIGURE: "Figure", DENIAL: "Denial" };
export const KIND_PLURALS: Record<AnnotationKind, string> = { CLAIM: "Claims", FIGURE: "Figures", DENIAL: "Denials" };

export const STATUS_LABELS: Record<ReviewStatus, string> = {
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  APPROVED: "Approved",
  CHANGES_REQUESTED: "Changes requested",
  REJECTED: "Rejected",
};

export const RELATION_LABELS: Record<SourceRelation, string> = { SUPPORTS: "Supports", REFUTES: "Refutes", CONTEXT: "Context" };

export const ROLE_LABELS: Record<Role, string> = { ANNOTATOR: "Annotator", EDITOR: "Editor", ADMIN: "Admin" };

/** How a ledger fact's agreement reads in reports (lib/ledger/discrepancy.ts). */
export const DISCREPANCY_LABELS: Record<"none" | "rounding" | "conflict" | "unit", string> = {
  none: "agree",
  rounding: "rounding",
  conflict: "conflict",
  unit: "different units",
};

/** How a fact's agreement reads in reports: a claim is denied or not, figures agree or differ. */
export function agreementLabel(fact: { kind: "figure" | "claim"; discrepancy: keyof typeof DISCREPANCY_LABELS }): string {
  if (fact.kind === "claim") return fact.discrepancy === "none" ? "not denied" : "denied";
  return DISCREPANCY_LABELS[fact.discrepancy];
}
