import { createHash, randomUUID } from "node:crypto";
import type { SessionUser } from "../../auth/session";
import { runChange } from "../../changes/run-change";
import { UTC_NOW } from "../../db/utc-now";
import { assertCan } from "../../policy/policy";
import type { ImportedReview } from "./read-claim-reviews";

export interface ClaimImportResult {
  /** Reviews new to the memory. */
  imported: number;
  /** Reviews it already held (the same publisher, address and claim): kept once. */
  alreadyKnown: number;
  /** Who made them. */
  publishers: string[];
}

const fingerprint = (review: ImportedReview) =>
  createHash("sha256").update([review.publisher.toLowerCase(), review.url ?? "", review.claim.toLowerCase()].join("\n")).digest("hex");

/**
 * Adds other publishers' reviews to the desk's memory, in one transaction: each "checked by" its
 * publisher, matched and searched like the desk's own checks but always shown apart from them and
 * never published as the desk's (lib/claims/check-view.ts, lib/publishing). A review the memory
 * already holds is not added twice. Editors and admins import; the import is audited.
 */
export async function importClaimReviews(actor: SessionUser, reviews: ImportedReview[], from: { kind: "file" | "page" | "feed"; name: string }): Promise<ClaimImportResult> {
  assertCan(actor, "claims.import");
  const rows = reviews.map((review) => ({ ...review, id: randomUUID(), fingerprint: fingerprint(review), reviewedAt: review.reviewedAt.toISOString() }));
  return runChange(actor, { desk: true }, async ({ tx, record }) => {
    const added = await tx.$queryRaw<unknown[]>`
      INSERT INTO "CheckedClaim" ("id", "origin", "kind", "quote", "text", "rating", "ratingLabel", "checkedBy", "reviewedAt", "url", "claimant", "appearance", "fingerprint", "importedById", "updatedAt", "search")
      SELECT r.id, 'IMPORTED', 'CLAIM', r.claim, r.claim, r.rating, r."ratingLabel", r.publisher, r."reviewedAt" AT TIME ZONE 'UTC', r.url, r.claimant, r.appearance, r.fingerprint, ${actor.id}, ${UTC_NOW},
             setweight(to_tsvector('english', r.claim), 'A') || setweight(to_tsvector('english', coalesce(r.claimant, '')), 'B')
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(id text, claim text, rating text, "ratingLabel" text, publisher text, "reviewedAt" timestamptz, url text, claimant text, appearance text, fingerprint text)
      ON CONFLICT ("fingerprint") DO NOTHING
      RETURNING id`;
    const result = { imported: added.length, alreadyKnown: new Set(rows.map((r) => r.fingerprint)).size - added.length, publishers: [...new Set(reviews.map((r) => r.publisher))].sort() };
    await record({ action: "claims.imported", entityId: randomUUID(), after: { from: from.kind, name: from.name, ...result } });
    return result;
  });
}
