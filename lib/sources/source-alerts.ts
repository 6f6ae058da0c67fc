import { db } from "../db/client";

/** What a scheduled re-check must tell people about. */
const ALERTING = ["CHANGED", "GONE"] as const;

/**
 * Tells the annotation's author and the editor who approved it, in their inboxes, about each check
 * by `checkerId` since `since` that found the page changed or gone. Safe to repeat: one entry per
 * check and person.
 */
export async function alertChangedSource(sourceId: string, checkerId: string, since: Date): Promise<number> {
  const checks = await db.sourceCheck.findMany({
    where: { sourceId, checkedById: checkerId, checkedAt: { gte: since }, outcome: { in: [...ALERTING] } },
    select: { id: true, source: { select: { annotation: { select: { authorId: true, status: true, reviewerId: true, deletedAt: true } } } } },
  });
  const data = checks.flatMap(({ id, source: { annotation } }) => {
    if (annotation.deletedAt) return [];
    const people = new Set([annotation.authorId, ...(annotation.status === "APPROVED" && annotation.reviewerId ? [annotation.reviewerId] : [])]);
    return [...people].map((userId) => ({ checkId: id, userId }));
  });
  if (data.length === 0) return 0;
  const { count } = await db.sourceAlert.createMany({ data, skipDuplicates: true });
  return count;
}
