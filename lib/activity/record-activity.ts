import type { Tx } from "../db/client";

export interface ActivityInput {
  actorId: string;
  action: string;
  entityType: "Article" | "Annotation" | "Source" | "Comment" | "User" | "Story" | "Setting";
  entityId: string;
  articleId?: string;
  annotationId?: string;
  before?: object | null;
  after?: object | null;
}

/**
 * Appends one audit record. Takes the caller's transaction so the record and the change it
 * describes are committed together or not at all.
 */
export async function recordActivity(tx: Tx, input: ActivityInput): Promise<void> {
  await tx.activity.create({
    data: {
      ...input,
      before: input.before ?? undefined,
      after: input.after ?? undefined,
    },
  });
}
