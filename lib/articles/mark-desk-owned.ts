import type { SessionUser } from "../auth/session";
import { NotFoundError } from "../errors/domain-error";
import { assertCan } from "../policy/policy";
import { runChange } from "../changes/run-change";

/**
 * Marks an article as the desk's own, or not: a publication carries the full text only of the
 * desk's own articles, and quotes other outlets' (each checked passage in its sentence, with a
 * link). An editor's call, recorded in the audit trail; it shows from the next publication on.
 */
export async function markDeskOwned(actor: SessionUser, articleId: string, input: { deskOwned: boolean }): Promise<{ id: string; deskOwned: boolean }> {
  assertCan(actor, "article.markOwn");
  return runChange(actor, { article: articleId }, async ({ tx, record }) => {
    const before = await tx.article.findUnique({ where: { id: articleId }, select: { deskOwned: true } });
    if (!before) throw new NotFoundError("That article");
    if (before.deskOwned === input.deskOwned) return { id: articleId, deskOwned: before.deskOwned };
    await tx.article.update({ where: { id: articleId }, data: { deskOwned: input.deskOwned } });
    await record({ action: "article.ownership_changed", entityId: articleId, before: { deskOwned: before.deskOwned }, after: { deskOwned: input.deskOwned } });
    return { id: articleId, deskOwned: input.deskOwned };
  });
}
