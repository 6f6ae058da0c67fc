import { z } from "zod";
import type { Tx } from "../db/client";
import { Prisma } from "../db/generated/client";
import { NotFoundError, ValidationError } from "../errors/domain-error";

export const ARCHIVED_STORY_MESSAGE = "This story is archived: its articles can be read but not changed. Restore the story to work on it again.";

/**
 * Takes the article's change lock for the rest of the transaction. Every write that publishes to
 * an article's feed takes it (lib/changes/run-change.ts) before it locks anything else of the
 * article, so writers always lock in the same order (article, then annotations) and cannot
 * deadlock; holding it until commit is also what makes the feed's numbers follow commit order.
 */
export async function lockArticleForChange(tx: Tx, articleId: string): Promise<void> {
  await lockArticle(tx, articleId, Prisma.empty, lockedRow);
}

/**
 * Takes the article's change lock (as lockArticleForChange) and reads its text in the same
 * statement: a write checked against the words, such as a new annotation's anchor, needs both and
 * should not pay two round trips. PostgreSQL returns the text as of the lock, even when it waited
 * for another writer.
 */
export async function lockArticleReadingText(tx: Tx, articleId: string): Promise<{ text: string }> {
  const row = await lockArticle(tx, articleId, Prisma.sql`, a.text`, lockedRowWithText);
  return { text: row.text };
}

const lockedRow = z.object({ archived: z.boolean() });
const lockedRowWithText = lockedRow.extend({ text: z.string() });

/** Locks the article, reading `columns` with it (`row` says what they are). */
async function lockArticle<S extends typeof lockedRow>(tx: Tx, articleId: string, columns: Prisma.Sql, row: S): Promise<z.output<S>> {
  const rows = await tx.$queryRaw<unknown[]>`
    SELECT s."archivedAt" IS NOT NULL AS archived ${columns}
    FROM "Article" a JOIN "Story" s ON s.id = a."storyId"
    WHERE a.id = ${articleId} FOR NO KEY UPDATE OF a`;
  if (rows.length === 0) throw new NotFoundError("That article");
  const locked = row.parse(rows[0]);
  // An archived story is kept as it was: read, reported on, never changed.
  if (locked.archived) throw new ValidationError(ARCHIVED_STORY_MESSAGE);
  return locked;
}

/**
 * Locks the article an annotation belongs to (see lockArticleForChange) and returns its id: found
 * and locked in one statement, as this runs at the start of every change to an annotation.
 */
export async function lockAnnotationArticle(tx: Tx, annotationId: string): Promise<string> {
  const rows = await tx.$queryRaw<unknown[]>`
    SELECT a.id AS "articleId", s."archivedAt" IS NOT NULL AS archived
    FROM "Annotation" n JOIN "Article" a ON a.id = n."articleId" JOIN "Story" s ON s.id = a."storyId"
    WHERE n.id = ${annotationId} FOR NO KEY UPDATE OF a`;
  if (rows.length === 0) throw new NotFoundError("That annotation");
  const locked = lockedAnnotationArticle.parse(rows[0]);
  if (locked.archived) throw new ValidationError(ARCHIVED_STORY_MESSAGE);
  return locked.articleId;
}

const lockedAnnotationArticle = lockedRow.extend({ articleId: z.string() });
