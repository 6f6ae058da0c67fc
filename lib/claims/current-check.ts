import { Prisma } from "../db/generated/client";

/**
 * The condition a row of the memory must meet to be shown, as SQL on the alias `c`: an imported
 * review, or a desk check whose revision is still its annotation's latest, not withdrawn by a
 * rejection, of an annotation not deleted. Checked against the revisions themselves on every
 * read, so the memory never shows what the public page would not, whatever wrote the row.
 * Written as a scalar sub-select so that PostgreSQL looks each row up by its keys: as EXISTS, a
 * search that matched thousands of rows made it hash every revision of the desk first.
 */
export const CURRENT_CHECK = Prisma.sql`(c.origin = 'IMPORTED' OR coalesce((
  SELECT r."withdrawnAt" IS NULL AND a."deletedAt" IS NULL
    AND NOT EXISTS (SELECT 1 FROM "ApprovedRevision" later WHERE later."annotationId" = r."annotationId" AND (later."approvedAt", later.version) > (r."approvedAt", r.version))
  FROM "ApprovedRevision" r JOIN "Annotation" a ON a.id = r."annotationId" WHERE r.id = c."revisionId"), false))`;

/** What every read of the memory selects of a row (alias `c`), with its story's and article's titles. */
export const CHECK_COLUMNS = Prisma.sql`c.id, c.origin::text AS origin, c."annotationId", c."storyId", c."articleId", c.kind::text AS kind, c.quote, c.text,
  c.rating, c.verdict, c."ratingLabel", c."checkedBy", c."reviewedAt", c.url, c.claimant,
  (SELECT s.title FROM "Story" s WHERE s.id = c."storyId") AS "storyTitle",
  (SELECT ar.title FROM "Article" ar WHERE ar.id = c."articleId") AS "articleTitle"`;
