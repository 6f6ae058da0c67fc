import { z } from "zod";
import type { Tx } from "../db/client";
import { NotFoundError, ValidationError } from "../errors/domain-error";
import { ARCHIVED_STORY_MESSAGE } from "./article-lock";

/**
 * Takes the story's change lock for the rest of the transaction: what the story holds beside its
 * articles (its ledger) changes one writer at a time, and its own feed is numbered in commit
 * order. An archived story is refused, as its articles are. The lock is the row's NO KEY UPDATE,
 * so importing an article into the story (a foreign key's KEY SHARE) never waits for it.
 */
export async function lockStoryForChange(tx: Tx, storyId: string): Promise<void> {
  const rows = await tx.$queryRaw<unknown[]>`
    SELECT "archivedAt" IS NOT NULL AS archived FROM "Story" WHERE id = ${storyId} FOR NO KEY UPDATE`;
  if (rows.length === 0) throw new NotFoundError("That story");
  if (z.object({ archived: z.boolean() }).parse(rows[0]).archived) throw new ValidationError(ARCHIVED_STORY_MESSAGE);
}
