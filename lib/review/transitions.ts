import { hasRole, type Role } from "../auth/roles";
import type { ReviewStatus } from "../vocabulary/names";

export type { ReviewStatus };
export type ReviewAction = "SUBMIT" | "APPROVE" | "REQUEST_CHANGES" | "REJECT";

export const ACTION_LABELS: Record<ReviewAction, string> = {
  SUBMIT: "Submit for review",
  APPROVE: "Approve",
  REQUEST_CHANGES: "Request changes",
  REJECT: "Reject",
};

const TARGET: Record<ReviewAction, ReviewStatus> = {
  SUBMIT: "SUBMITTED",
  APPROVE: "APPROVED",
  REQUEST_CHANGES: "CHANGES_REQUESTED",
  REJECT: "REJECTED",
};

const FROM: Record<ReviewAction, readonly ReviewStatus[]> = {
  SUBMIT: ["DRAFT", "CHANGES_REQUESTED"],
  APPROVE: ["SUBMITTED"],
  REQUEST_CHANGES: ["SUBMITTED"],
  REJECT: ["SUBMITTED"],
};

const STATUS_WORDS: Record<ReviewStatus, string> = {
  DRAFT: "a draft",
  SUBMITTED: "submitted",
  APPROVED: "approved",
  CHANGES_REQUESTED: "waiting for changes",
  REJECTED: "rejected",
};

export interface TransitionInput {
  status: ReviewStatus;
  action: ReviewAction;
  role: Role;
  isAuthor: boolean;
  /** Whether this person changed what the annotation says since it was last approved. */
  isContributor?: boolean;
  /** The admin setting that relaxes four-eyes review. */
  allowSelfApproval: boolean;
}

export type TransitionDecision = { allowed: true; to: ReviewStatus } | { allowed: false; reason: string };

/**
 * The review workflow: DRAFT → SUBMITTED → APPROVED, CHANGES_REQUESTED or REJECTED, and
 * CHANGES_REQUESTED → SUBMITTED again. The author (or an editor or admin) submits; only editors
 * and admins decide; nobody approves their own annotation, nor one whose content they changed
 * since its last approval, unless an admin allowed self-approval.
 */
export function decideTransition({ status, action, role, isAuthor, isContributor = false, allowSelfApproval }: TransitionInput): TransitionDecision {
  if (!FROM[action].includes(status)) {
    const allowedFrom = FROM[action].map((s) => STATUS_WORDS[s]).join(" or ");
    return { allowed: false, reason: `This annotation is ${STATUS_WORDS[status]}; “${ACTION_LABELS[action]}” is only possible when it is ${allowedFrom}.` };
  }
  if (action === "SUBMIT") {
    if (!isAuthor && !hasRole(role, "EDITOR")) {
      return { allowed: false, reason: "Only the annotation's author, an editor or an admin can submit it for review." };
    }
    return { allowed: true, to: TARGET[action] };
  }
  if (!hasRole(role, "EDITOR")) return { allowed: false, reason: "Only editors and admins review annotations." };
  if (action === "APPROVE" && isAuthor && !allowSelfApproval) {
    return { allowed: false, reason: "You cannot approve your own annotation: another editor must review it." };
  }
  if (action === "APPROVE" && isContributor && !allowSelfApproval) {
    return { allowed: false, reason: "You changed this annotation, so you cannot approve it: another editor must review your changes." };
  }
  return { allowed: true, to: TARGET[action] };
}
