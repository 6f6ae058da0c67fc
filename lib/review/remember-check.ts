import { randomUUID } from "node:crypto";
import type { Tx } from "../db/client";
import { UTC_NOW } from "../db/utc-now";
import type { ApprovedContent } from "./approved-revision";

/**
 * The words the desk's memory matches a check by: the quote, or for a denial the whole sentence
 * it stands in ("distorted" alone says nothing of what was denied).
 */
export function checkText(content: Pick<ApprovedContent, "kind" | "quote" | "context">): string {
  return content.kind === "DENIAL" ? `${content.context.before}${content.quote}${content.context.after}`.replace(/^…|…$/g, "") : content.quote;
}

/** The verdict's key on the desk's scales: a claim's rating, a figure's outcome, a denial's finding. */
export function verdictKey(verdict: ApprovedContent["verdict"]): string {
  return verdict.kind === "CLAIM" ? verdict.rating : verdict.kind === "FIGURE" ? verdict.outcome : verdict.finding;
}

/**
 * Puts what an editor just approved into the desk's memory of checks (lib/claims), in the
 * approval's transaction: one row per annotation, now standing for this revision. A later
 * rejection withdraws the revision and a deletion hides the annotation; the memory's reads check
 * both against the revisions themselves, so nothing here needs undoing.
 */
export async function rememberCheck(tx: Tx, revision: { id: string; content: ApprovedContent }): Promise<void> {
  const { content } = revision;
  const text = checkText(content);
  await tx.$executeRaw`
    INSERT INTO "CheckedClaim" ("id", "origin", "annotationId", "revisionId", "storyId", "articleId", "kind", "quote", "text", "rating", "verdict", "checkedBy", "reviewedAt", "updatedAt", "search")
    SELECT ${randomUUID()}, 'DESK', a.id, ${revision.id}, ar."storyId", a."articleId", ${content.kind}::"AnnotationKind", ${content.quote}, ${text},
           ${verdictKey(content.verdict)}, ${JSON.stringify(content.verdict)}::jsonb, u.name, r."approvedAt", ${UTC_NOW}, setweight(to_tsvector('english', ${text}), 'A')
    FROM "ApprovedRevision" r JOIN "Annotation" a ON a.id = r."annotationId" JOIN "Article" ar ON ar.id = a."articleId" JOIN "User" u ON u.id = r."reviewerId"
    WHERE r.id = ${revision.id}
    ON CONFLICT ("annotationId") DO UPDATE SET
      "revisionId" = EXCLUDED."revisionId", "storyId" = EXCLUDED."storyId", "articleId" = EXCLUDED."articleId", "kind" = EXCLUDED."kind",
      "quote" = EXCLUDED."quote", "text" = EXCLUDED."text", "rating" = EXCLUDED."rating", "verdict" = EXCLUDED."verdict",
      "checkedBy" = EXCLUDED."checkedBy", "reviewedAt" = EXCLUDED."reviewedAt", "updatedAt" = EXCLUDED."updatedAt", "search" = EXCLUDED."search"`;
}
