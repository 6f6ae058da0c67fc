import { z } from "zod";
import { assertVersion, withAnnotationChange } from "../annotations/annotation-change";
import { toAnnotationView, type AnnotationView } from "../annotations/annotation-view";
import { writeContentChange } from "../annotations/update-annotation";
import type { SessionUser } from "../auth/session";
import { NotFoundError, ValidationError } from "../errors/domain-error";
import { assertCan } from "../policy/policy";
import type { ClaimLinkInput } from "../validation/claim-schemas";
import { KIND_LABELS } from "../vocabulary/labels";
import { KINDS } from "../vocabulary/names";
import { CURRENT_CHECK } from "./current-check";

const linkedCheckRow = z.object({ id: z.string(), kind: z.enum(KINDS), storyId: z.string().nullable() });

const STALE = "Someone else changed this annotation since you opened it. Look at the current version first.";

/**
 * Says that an annotation makes the claim an earlier check (lib/claims) already checked: a check
 * of the same kind, still the desk's word (or another publisher's imported review), from another
 * story. What an annotation says is content: like a change to its note, linking sends an approved
 * one back to review, and the link reaches the public page only when an editor approves it.
 * Whoever may edit the annotation may link it; the earlier verdict is only offered to the editor.
 */
export async function linkSameClaim(actor: SessionUser, annotationId: string, input: ClaimLinkInput): Promise<AnnotationView> {
  return withAnnotationChange(actor, annotationId, async ({ tx, record }, before) => {
    assertCan(actor, "annotation.edit", before);
    assertVersion(before, input.version, actor, STALE);
    const [found] = await tx.$queryRaw<unknown[]>`
      SELECT c.id, c.kind::text AS kind, c."storyId" FROM "CheckedClaim" c WHERE c.id = ${input.checkId} AND ${CURRENT_CHECK}`;
    if (!found) throw new NotFoundError("That earlier check");
    const check = linkedCheckRow.parse(found);
    const { storyId } = await tx.article.findUniqueOrThrow({ where: { id: before.articleId }, select: { storyId: true } });
    if (check.storyId === storyId) throw new ValidationError("That check is in this annotation's own story: link checks from other stories only.");
    if (check.kind !== before.kind) {
      throw new ValidationError(`That check is of a ${KIND_LABELS[check.kind].toLowerCase()}, and this annotation is a ${KIND_LABELS[before.kind].toLowerCase()}: only checks of the same kind can be the same claim.`);
    }
    if (before.sameClaimAs?.check.id === check.id) throw new ValidationError("This annotation is already linked to that check.");
    await tx.claimLink.upsert({
      where: { annotationId },
      create: { annotationId, checkId: check.id, linkedById: actor.id },
      update: { checkId: check.id, linkedById: actor.id, linkedAt: new Date() },
    });
    const { row, review } = await writeContentChange(tx, actor, before);
    await record({
      version: row.version,
      action: "annotation.same_claim_linked",
      entityId: annotationId,
      annotationId,
      before: { sameClaimAs: before.sameClaimAs?.check.id ?? null, ...review.before },
      after: { sameClaimAs: check.id, ...review.after },
    });
    return toAnnotationView(row, actor);
  });
}

/** Takes the link back: the annotation no longer says it is the same claim as an earlier check. */
export async function unlinkSameClaim(actor: SessionUser, annotationId: string, version: number): Promise<AnnotationView> {
  return withAnnotationChange(actor, annotationId, async ({ tx, record }, before) => {
    assertCan(actor, "annotation.edit", before);
    assertVersion(before, version, actor, STALE);
    if (!before.sameClaimAs) throw new ValidationError("This annotation is not linked to an earlier check.");
    await tx.claimLink.delete({ where: { annotationId } });
    const { row, review } = await writeContentChange(tx, actor, before);
    await record({
      version: row.version,
      action: "annotation.same_claim_unlinked",
      entityId: annotationId,
      annotationId,
      before: { sameClaimAs: before.sameClaimAs.check.id, ...review.before },
      after: { sameClaimAs: null, ...review.after },
    });
    return toAnnotationView(row, actor);
  });
}

