import { z } from "zod";
import { db } from "../db/client";

/** One annotation's place: the publication's slug and the item's number (WITH ORDINALITY counts in bigint). */
const placeRow = z.object({ annotationId: z.string(), slug: z.string(), n: z.bigint() });

/**
 * Where the public reads each of these annotations now: the item on the latest publication, not
 * withdrawn, of a report that holds it (an annotation may stand in an article's report and in its
 * story's; the latest publication wins). A publication keeps which annotation each item came
 * from in `sourceKeys`, in the items' order.
 */
export async function publicPlaces(annotationIds: string[]): Promise<Map<string, string>> {
  if (annotationIds.length === 0) return new Map();
  const rows = await db.$queryRaw<unknown[]>`
    SELECT DISTINCT ON (k.value->>'annotationId') k.value->>'annotationId' AS "annotationId", p.slug, k.ordinality AS n
    FROM (SELECT DISTINCT ON (slug) slug, "withdrawnAt", "sourceKeys", "publishedAt" FROM "Publication" ORDER BY slug, number DESC) p
    CROSS JOIN LATERAL jsonb_array_elements(p."sourceKeys") WITH ORDINALITY k
    WHERE p."withdrawnAt" IS NULL AND k.value->>'annotationId' = ANY(${annotationIds}::text[])
    ORDER BY k.value->>'annotationId', p."publishedAt" DESC`;
  return new Map(rows.map((raw) => placeRow.parse(raw)).map((row) => [row.annotationId, `/p/${encodeURIComponent(row.slug)}#item-${row.n}`]));
}
