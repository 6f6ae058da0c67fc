import type { SessionUser } from "../auth/session";
import { assertVersion, withAnnotationChange } from "../annotations/annotation-change";
import { ForbiddenError, ValidationError } from "../errors/domain-error";
import { toAnnotationView, type AnnotationView } from "../annotations/annotation-view";
import { updateAnnotationRow } from "../annotations/annotation-rows";
import { getSettings } from "../settings/settings";
import type { ReviewActionInput } from "../validation/review-schemas";
import { recordApprovedRevision, withdrawApprovedRevisions } from "./record-approved-revision";
import { decideTransition, type ReviewStatus } from "./transitions";

const KIND_WORDS = { CLAIM: "a claim", FIGURE: "a figure", DENIAL: "a denial" } as const;
const VERDICT_NEEDS = { CLAIM: "a rating", FIGURE: "whether the figure is confirmed, corrected or unverifiable", DENIAL: "whether what was denied is established" } as const;

/**
 * Moves an annotation through review. The transition, the verdict, the approved revision (what a
 * publication shows of it) and the audit record are written in one transaction; a refused action
 * changes nothing and records nothing.
 */
export async function reviewAnnotation(actor: SessionUser, annotationId: string, input: ReviewActionInput): Promise<AnnotationView> {
  return withAnnotationChange(actor, annotationId, async ({ tx, record }, before) => {
    assertVersion(before, input.version, actor, "Someone else changed this annotation since you opened it. Look at the current version first.");
    const { allowSelfApproval } = await getSettings(tx);
    const decision = decideTransition({
      status: before.status as ReviewStatus,
      action: input.action,
      role: actor.role,
      isAuthor: before.authorId === actor.id,
      isContributor: before.contributorIds.includes(actor.id),
      allowSelfApproval,
    });
    if (!decision.allowed) throw new ForbiddenError(decision.reason);

    if (input.action === "APPROVE") {
      if (!input.verdict) throw new ValidationError(`Approving ${KIND_WORDS[before.kind]} needs a verdict: ${VERDICT_NEEDS[before.kind]}.`);
      if (input.verdict.kind !== before.kind) {
        throw new ValidationError(`That verdict is for ${KIND_WORDS[input.verdict.kind]}, but this annotation is ${KIND_WORDS[before.kind]}.`);
      }
    } else if (input.verdict) {
      throw new ValidationError("Only an approval carries a verdict.");
    }
    if ((input.action === "REQUEST_CHANGES" || input.action === "REJECT") && !input.comment) {
      throw new ValidationError(input.action === "REJECT" ? "Say why the annotation is rejected." : "Say what needs to change.");
    }

    const now = new Date();
    const reviewing = input.action !== "SUBMIT";
    const row = await updateAnnotationRow(tx, annotationId, {
      status: decision.to,
      verdict: input.action === "APPROVE" ? input.verdict : undefined,
      submittedAt: input.action === "SUBMIT" ? now : undefined,
      reviewerId: reviewing ? actor.id : undefined,
      reviewedAt: reviewing ? now : undefined,
      // An approval covers everyone's changes so far: a later change starts a new round.
      contributorIds: input.action === "APPROVE" ? [] : undefined,
      version: { increment: 1 },
    });
    // What the public may see of it follows the decision in the same transaction.
    if (input.action === "APPROVE") await recordApprovedRevision(tx, annotationId, actor.id);
    if (input.action === "REJECT") await withdrawApprovedRevisions(tx, annotationId);
    await record({
      version: row.version,
      action: `annotation.${input.action.toLowerCase() as Lowercase<ReviewActionInput["action"]>}`,
      entityId: annotationId,
      annotationId,
      before: { status: before.status, verdict: before.verdict },
      after: { status: row.status, verdict: row.verdict, comment: input.comment ?? null },
    });
    return toAnnotationView(row, actor);
  });
}
