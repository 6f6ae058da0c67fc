"use client";

import { useEffect, useRef, useState } from "react";
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import type { Role } from "@/lib/auth/roles";
import { ACTION_LABELS, decideTransition, type ReviewAction, type ReviewStatus } from "@/lib/review/transitions";
import { verdictLabel, type Verdict } from "@/lib/vocabulary/verdicts";
import { STATUS_LABELS } from "../annotations/labels";
import { annotationsApi } from "../api/annotations";
import { useAction } from "../ui/use-action";
import { VerdictFields } from "./verdict-fields";
import { ErrorAlert } from "@/components/ui/alert";

export interface Reviewer {
  id: string;
  role: Role;
  allowSelfApproval: boolean;
}

const ACTIONS: ReviewAction[] = ["SUBMIT", "APPROVE", "REQUEST_CHANGES", "REJECT"];

/** Status, verdict and the review steps this person may take now (the server checks again). */
export function ReviewSection({ annotation, viewer, onChange }: { annotation: AnnotationView; viewer: Reviewer; onChange(a: AnnotationView): void }) {
  const [action, setAction] = useState<ReviewAction | null>(null);
  const [comment, setComment] = useState("");
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const { busy, error, setError, run } = useAction();
  const proposal = annotation.sameClaimAs?.proposal ?? null;
  // The buttons give way to the step's form and back: the focus follows, to the form's first
  // field, then to the section's heading, instead of falling to the top of the page.
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (action) form.current?.querySelector<HTMLElement>("select, textarea, input")?.focus();
    else if (wasOpen.current && !form.current?.contains(document.activeElement)) heading.current?.focus();
    wasOpen.current = action !== null;
  }, [action]);

  const available = ACTIONS.filter(
    (candidate) =>
      decideTransition({
        status: annotation.status as ReviewStatus,
        action: candidate,
        role: viewer.role,
        isAuthor: annotation.author.id === viewer.id,
        isContributor: annotation.contributorIds.includes(viewer.id),
        allowSelfApproval: viewer.allowSelfApproval,
      }).allowed,
  );

  async function send() {
    if (!action) return;
    const updated = await run(() =>
      annotationsApi.review(annotation.id, {
        action,
        version: annotation.version,
        comment: comment.trim() || undefined,
        verdict: action === "APPROVE" ? verdict ?? undefined : undefined,
      }),
    );
    if (!updated) return;
    setAction(null);
    setComment("");
    setVerdict(null);
    onChange(updated);
  }

  return (
    <section className="review" aria-labelledby={`review-${annotation.id}`}>
      <h3 id={`review-${annotation.id}`} ref={heading} tabIndex={-1}>
        Review
      </h3>
      <p>
        Status: <strong className={`status status-${annotation.status.toLowerCase()}`}>{STATUS_LABELS[annotation.status]}</strong>
        {annotation.verdict && (
          <>
            {" "}
            · Verdict: <strong>{verdictLabel(annotation.verdict)}</strong>
          </>
        )}
        {annotation.reviewer && <span className="muted"> · reviewed by {annotation.reviewer.name}</span>}
      </p>
      {available.length > 0 && !action && (
        <div className="actions">
          {available.map((candidate) => (
            <button
              key={candidate}
              type="button"
              className={candidate === "REJECT" ? "danger" : candidate === "APPROVE" || candidate === "SUBMIT" ? "" : "secondary"}
              onClick={() => {
                setAction(candidate);
                // "Same claim as" an earlier check: its verdict is the proposal; the editor still chooses.
                if (candidate === "APPROVE" && proposal) setVerdict(proposal);
              }}
            >
              {ACTION_LABELS[candidate]}…
            </button>
          ))}
        </div>
      )}
      {action && (
        <form
          ref={form}
          className="source-form"
          aria-label={ACTION_LABELS[action]}
          onSubmit={(event) => {
            event.preventDefault();
            void send();
          }}
        >
          {action === "APPROVE" && proposal && (
            <p className="proposal">
              Proposed from the earlier check of the same claim ({annotation.sameClaimAs?.checkedBy}
              {annotation.sameClaimAs?.verdict && `, ${annotation.sameClaimAs.verdict.reviewedAt}`}): <strong>{verdictLabel(proposal)}</strong>. Choose
              another verdict if this one differs.
            </p>
          )}
          {action === "APPROVE" && <VerdictFields kind={annotation.kind} value={verdict} onChange={setVerdict} />}
          <div className="field">
            <label htmlFor={`review-comment-${annotation.id}`}>
              {action === "REQUEST_CHANGES" ? "What needs to change" : action === "REJECT" ? "Why it is rejected" : "Comment (optional)"}
            </label>
            <textarea id={`review-comment-${annotation.id}`} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
          </div>
          <ErrorAlert message={error} />
          <div className="actions">
            <button type="submit" disabled={busy}>
              {busy ? "Saving…" : `Confirm: ${ACTION_LABELS[action].toLowerCase()}`}
            </button>
            <button type="button" className="secondary" onClick={() => { setAction(null); setError(undefined); }}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
