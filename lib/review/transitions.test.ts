import { describe, expect, it } from "vitest";
import { decideTransition, type ReviewAction, type ReviewStatus } from "./transitions";
import type { Role } from "../auth/roles";

/**
 * The whole table: (status, role, author or not, action) → the new status, or why it is refused.
 * "✗ status": not possible from that status; "✗ not author": only the author, an editor or an
 * admin may submit; "✗ role": only editors and admins review; "✗ own": four-eyes review.
 */
const TABLE = `
DRAFT              ANNOTATOR  author  SUBMIT           → SUBMITTED
DRAFT              ANNOTATOR  other   SUBMIT           ✗ not author
DRAFT              EDITOR     author  SUBMIT           → SUBMITTED
DRAFT              EDITOR     other   SUBMIT           → SUBMITTED
DRAFT              ADMIN      author  SUBMIT           → SUBMITTED
DRAFT              ADMIN      other   SUBMIT           → SUBMITTED
SUBMITTED          ANNOTATOR  author  SUBMIT           ✗ status
SUBMITTED          ANNOTATOR  other   SUBMIT           ✗ status
SUBMITTED          EDITOR     author  SUBMIT           ✗ status
SUBMITTED          EDITOR     other   SUBMIT           ✗ status
SUBMITTED          ADMIN      author  SUBMIT           ✗ status
SUBMITTED          ADMIN      other   SUBMIT           ✗ status
APPROVED           ANNOTATOR  author  SUBMIT           ✗ status
APPROVED           ANNOTATOR  other   SUBMIT           ✗ status
APPROVED           EDITOR     author  SUBMIT           ✗ status
APPROVED           EDITOR     other   SUBMIT           ✗ status
APPROVED           ADMIN      author  SUBMIT           ✗ status
APPROVED           ADMIN      other   SUBMIT           ✗ status
CHANGES_REQUESTED  ANNOTATOR  author  SUBMIT           → SUBMITTED
CHANGES_REQUESTED  ANNOTATOR  other   SUBMIT           ✗ not author
CHANGES_REQUESTED  EDITOR     author  SUBMIT           → SUBMITTED
CHANGES_REQUESTED  EDITOR     other   SUBMIT           → SUBMITTED
CHANGES_REQUESTED  ADMIN      author  SUBMIT           → SUBMITTED
CHANGES_REQUESTED  ADMIN      other   SUBMIT           → SUBMITTED
REJECTED           ANNOTATOR  author  SUBMIT           ✗ status
REJECTED           ANNOTATOR  other   SUBMIT           ✗ status
REJECTED           EDITOR     author  SUBMIT           ✗ status
REJECTED           EDITOR     other   SUBMIT           ✗ status
REJECTED           ADMIN      author  SUBMIT           ✗ status
REJECTED           ADMIN      other   SUBMIT           ✗ status
DRAFT              ANNOTATOR  author  APPROVE          ✗ status
DRAFT              ANNOTATOR  other   APPROVE          ✗ status
DRAFT              EDITOR     author  APPROVE          ✗ status
DRAFT              EDITOR     other   APPROVE          ✗ status
DRAFT              ADMIN      author  APPROVE          ✗ status
DRAFT              ADMIN      other   APPROVE          ✗ status
SUBMITTED          ANNOTATOR  author  APPROVE          ✗ role
SUBMITTED          ANNOTATOR  other   APPROVE          ✗ role
SUBMITTED          EDITOR     author  APPROVE          ✗ own
SUBMITTED          EDITOR     other   APPROVE          → APPROVED
SUBMITTED          ADMIN      author  APPROVE          ✗ own
SUBMITTED          ADMIN      other   APPROVE          → APPROVED
APPROVED           ANNOTATOR  author  APPROVE          ✗ status
APPROVED           ANNOTATOR  other   APPROVE          ✗ status
APPROVED           EDITOR     author  APPROVE          ✗ status
APPROVED           EDITOR     other   APPROVE          ✗ status
APPROVED           ADMIN      author  APPROVE          ✗ status
APPROVED           ADMIN      other   APPROVE          ✗ status
CHANGES_REQUESTED  ANNOTATOR  author  APPROVE          ✗ status
CHANGES_REQUESTED  ANNOTATOR  other   APPROVE          ✗ status
CHANGES_REQUESTED  EDITOR     author  APPROVE          ✗ status
CHANGES_REQUESTED  EDITOR     other   APPROVE          ✗ status
CHANGES_REQUESTED  ADMIN      author  APPROVE          ✗ status
CHANGES_REQUESTED  ADMIN      other   APPROVE          ✗ status
REJECTED           ANNOTATOR  author  APPROVE          ✗ status
REJECTED           ANNOTATOR  other   APPROVE          ✗ status
REJECTED           EDITOR     author  APPROVE          ✗ status
REJECTED           EDITOR     other   APPROVE          ✗ status
REJECTED           ADMIN      author  APPROVE          ✗ status
REJECTED           ADMIN      other   APPROVE          ✗ status
DRAFT              ANNOTATOR  author  REQUEST_CHANGES  ✗ status
DRAFT              ANNOTATOR  other   REQUEST_CHANGES  ✗ status
DRAFT              EDITOR     author  REQUEST_CHANGES  ✗ status
DRAFT              EDITOR     other   REQUEST_CHANGES  ✗ status
DRAFT              ADMIN      author  REQUEST_CHANGES  ✗ status
DRAFT              ADMIN      other   REQUEST_CHANGES  ✗ status
SUBMITTED          ANNOTATOR  author  REQUEST_CHANGES  ✗ role
SUBMITTED          ANNOTATOR  other   REQUEST_CHANGES  ✗ role
SUBMITTED          EDITOR     author  REQUEST_CHANGES  → CHANGES_REQUESTED
SUBMITTED          EDITOR     other   REQUEST_CHANGES  → CHANGES_REQUESTED
SUBMITTED          ADMIN      author  REQUEST_CHANGES  → CHANGES_REQUESTED
SUBMITTED          ADMIN      other   REQUEST_CHANGES  → CHANGES_REQUESTED
APPROVED           ANNOTATOR  author  REQUEST_CHANGES  ✗ status
APPROVED           ANNOTATOR  other   REQUEST_CHANGES  ✗ status
APPROVED           EDITOR     author  REQUEST_CHANGES  ✗ status
APPROVED           EDITOR     other   REQUEST_CHANGES  ✗ status
APPROVED           ADMIN      author  REQUEST_CHANGES  ✗ status
APPROVED           ADMIN      other   REQUEST_CHANGES  ✗ status
CHANGES_REQUESTED  ANNOTATOR  author  REQUEST_CHANGES  ✗ status
CHANGES_REQUESTED  ANNOTATOR  other   REQUEST_CHANGES  ✗ status
CHANGES_REQUESTED  EDITOR     author  REQUEST_CHANGES  ✗ status
CHANGES_REQUESTED  EDITOR     other   REQUEST_CHANGES  ✗ status
CHANGES_REQUESTED  ADMIN      author  REQUEST_CHANGES  ✗ status
CHANGES_REQUESTED  ADMIN      other   REQUEST_CHANGES  ✗ status
REJECTED           ANNOTATOR  author  REQUEST_CHANGES  ✗ status
REJECTED           ANNOTATOR  other   REQUEST_CHANGES  ✗ status
REJECTED           EDITOR     author  REQUEST_CHANGES  ✗ status
REJECTED           EDITOR     other   REQUEST_CHANGES  ✗ status
REJECTED           ADMIN      author  REQUEST_CHANGES  ✗ status
REJECTED           ADMIN      other   REQUEST_CHANGES  ✗ status
DRAFT              ANNOTATOR  author  REJECT           ✗ status
DRAFT              ANNOTATOR  other   REJECT           ✗ status
DRAFT              EDITOR     author  REJECT           ✗ status
DRAFT              EDITOR     other   REJECT           ✗ status
DRAFT              ADMIN      author  REJECT           ✗ status
DRAFT              ADMIN      other   REJECT           ✗ status
SUBMITTED          ANNOTATOR  author  REJECT           ✗ role
SUBMITTED          ANNOTATOR  other   REJECT           ✗ role
SUBMITTED          EDITOR     author  REJECT           → REJECTED
SUBMITTED          EDITOR     other   REJECT           → REJECTED
SUBMITTED          ADMIN      author  REJECT           → REJECTED
SUBMITTED          ADMIN      other   REJECT           → REJECTED
APPROVED           ANNOTATOR  author  REJECT           ✗ status
APPROVED           ANNOTATOR  other   REJECT           ✗ status
APPROVED           EDITOR     author  REJECT           ✗ status
APPROVED           EDITOR     other   REJECT           ✗ status
APPROVED           ADMIN      author  REJECT           ✗ status
APPROVED           ADMIN      other   REJECT           ✗ status
CHANGES_REQUESTED  ANNOTATOR  author  REJECT           ✗ status
CHANGES_REQUESTED  ANNOTATOR  other   REJECT           ✗ status
CHANGES_REQUESTED  EDITOR     author  REJECT           ✗ status
CHANGES_REQUESTED  EDITOR     other   REJECT           ✗ status
CHANGES_REQUESTED  ADMIN      author  REJECT           ✗ status
CHANGES_REQUESTED  ADMIN      other   REJECT           ✗ status
REJECTED           ANNOTATOR  author  REJECT           ✗ status
REJECTED           ANNOTATOR  other   REJECT           ✗ status
REJECTED           EDITOR     author  REJECT           ✗ status
REJECTED           EDITOR     other   REJECT           ✗ status
REJECTED           ADMIN      author  REJECT           ✗ status
REJECTED           ADMIN      other   REJECT           ✗ status
`;

const REASONS: Record<string, RegExp> = {
  "✗ status": /^This annotation is .+; “.+” is only possible when it is /,
  "✗ not author": /^Only the annotation's author, an editor or an admin can submit it for review\.$/,
  "✗ role": /^Only editors and admins review annotations\.$/,
  "✗ own": /^You cannot approve your own annotation: another editor must review it\.$/,
};

const rows = TABLE.trim()
  .split("\n")
  .map((line) => {
    const [status, role, who, action, ...rest] = line.trim().split(/\s+/);
    return { status: status as ReviewStatus, role: role as Role, isAuthor: who === "author", action: action as ReviewAction, expected: rest.join(" ") };
  });

describe("decideTransition", () => {
  it("covers every combination of status, role, authorship and action", () => {
    expect(rows).toHaveLength(5 * 3 * 2 * 4);
    expect(new Set(rows.map((r) => `${r.status} ${r.role} ${r.isAuthor} ${r.action}`)).size).toBe(rows.length);
  });

  it.each(rows)("$status, $role, author=$isAuthor, $action → $expected", ({ expected, ...input }) => {
    const decision = decideTransition({ ...input, allowSelfApproval: false });
    if (expected.startsWith("→")) {
      expect(decision).toEqual({ allowed: true, to: expected.slice(2) });
    } else {
      expect(decision.allowed).toBe(false);
      if (!decision.allowed) expect(decision.reason).toMatch(REASONS[expected]);
    }
  });

  it("lets an editor approve their own annotation only when an admin relaxed four-eyes review", () => {
    const input = { status: "SUBMITTED", action: "APPROVE", role: "EDITOR", isAuthor: true } as const;
    expect(decideTransition({ ...input, allowSelfApproval: true })).toEqual({ allowed: true, to: "APPROVED" });
    expect(decideTransition({ ...input, role: "ANNOTATOR", allowSelfApproval: true }).allowed).toBe(false);
  });

  it("says which statuses an action needs", () => {
    const decision = decideTransition({ status: "APPROVED", action: "SUBMIT", role: "ANNOTATOR", isAuthor: true, allowSelfApproval: false });
    expect(decision).toEqual({
      allowed: false,
      reason: "This annotation is approved; “Submit for review” is only possible when it is a draft or waiting for changes.",
    });
  });
});
