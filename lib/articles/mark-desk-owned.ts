import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session";
import { NotFoundError } from "../errors/domain-error";
import { assertCan } from "../policy/policy";
import { withArticleChange } from "../realtime/article-feed";

/**
 * Marks an article as the desk's own, or not: a publication carries the full text only of the
 * desk's own articles, and quotes other outlets' (each checked passage in its sentence, with a
 * link). An editor's call, recorded in the audit trail; it shows from the next publication on.
 */
export async function markDeskOwned(actor: SessionUser, articleId: string, input: { deskOwned: boolean }): Promise<{ id: string; deskOwned: boolean }> {
  assertCan(actor, "article.markOwn");
  return withArticleChange(articleId, async (tx) => {
    const before = await tx.article.findUnique({ where: { id: articleId }, select: { deskOwned: true } });
    if (!before) throw new NotFoundError("That article");
    if (before.deskOwned === input.deskOwned) return { id: articleId, deskOwned: before.deskOwned };
    await tx.article.update({ where: { id: articleId }, data: { deskOwned: input.deskOwned } });
    await recordActivity(tx, { actorId: actor.id, action: "article.ownership_changed", entityId: articleId, articleId, before: { deskOwned: before.deskOwned }, after: { deskOwned: input.deskOwned } });
    return { id: articleId, deskOwned: input.deskOwned };
  });
}
