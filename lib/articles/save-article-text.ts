import { assertCan } from "../policy/policy";
import { reanchor } from "../anchoring/reanchor";
import { buildTextIndex } from "../anchoring/text-index";
import type { SessionUser } from "../auth/session";
import { ConflictError, NotFoundError, ValidationError } from "../errors/domain-error";
import { normalizeDoc } from "./doc-schema";
import { diffForShowing } from "../workers/text-work-pool";
import { runChange } from "../changes/run-change";
import { reopenedForReview, reviewAfterContentChange } from "../annotations/content-change";
import { refreshSuggestions } from "../suggestions/refresh-suggestions";

export interface SaveResult {
  version: number;
  placed: number;
  orphaned: number;
}

/**
 * Saves an editor's correction as a new article version and re-anchors every annotation in the
 * same transaction. A save based on an older version is refused with the other person's change,
 * so nothing is overwritten. No annotation is dropped: those that cannot be placed with
 * confidence are marked orphaned and wait for someone to re-attach them.
 */
export async function saveArticleText(actor: SessionUser, articleId: string, input: { baseVersion: number; content: unknown }): Promise<SaveResult> {
  assertCan(actor, "article.correct");
  const content = normalizeDoc(input.content);
  const { text } = buildTextIndex(content);
  if (!text.trim()) throw new ValidationError("The article cannot be empty.");

  return runChange(
    actor,
    { article: articleId },
    async ({ tx, record, recordQuietly }) => {
      // The feed's lock is held (it also refuses an archived story's articles); now the row itself.
      await tx.$queryRaw`SELECT id FROM "Article" WHERE id = ${articleId} FOR UPDATE`;
      const article = await tx.article.findUnique({ where: { id: articleId }, select: { version: true, text: true } });
      if (!article) throw new NotFoundError("That article");
      if (article.version !== input.baseVersion) {
        const base = await tx.articleVersion.findUnique({ where: { articleId_version: { articleId, version: input.baseVersion } }, select: { text: true } });
        throw new ConflictError("Someone else saved a correction to this article while you were editing. Their change is shown below; nothing was overwritten.", {
          currentVersion: article.version,
          theirChange: (await diffForShowing(base?.text ?? "", article.text)).parts,
        });
      }
      if (text === article.text) return { version: article.version, placed: 0, orphaned: 0 };

      const anchors = await tx.annotation.findMany({
        where: { articleId, orphaned: false },
        select: { id: true, start: true, end: true, exact: true, prefix: true, suffix: true },
      });
      const results = reanchor(article.text, text, anchors);
      const placed = results.flatMap((r) => (r.status === "placed" ? [{ id: r.id, ...r.anchor, changed: r.method === "fuzzy" }] : []));
      const orphaned = results.filter((r) => r.status === "orphaned").map((r) => r.id);

      // One statement for every annotation: a long article may carry thousands.
      if (placed.length) {
        await tx.$executeRaw`
          UPDATE "Annotation" AS a SET start = v.start, "end" = v."end", exact = v.exact, prefix = v.prefix, suffix = v.suffix
          FROM unnest(${placed.map((p) => p.id)}::text[], ${placed.map((p) => p.start)}::int[], ${placed.map((p) => p.end)}::int[],
                      ${placed.map((p) => p.exact)}::text[], ${placed.map((p) => p.prefix)}::text[], ${placed.map((p) => p.suffix)}::text[])
               AS v(id, start, "end", exact, prefix, suffix)
          WHERE a.id = v.id`;
      }
      if (orphaned.length) {
        await tx.annotation.updateMany({ where: { id: { in: orphaned } }, data: { orphaned: true, version: { increment: 1 } } });
      }
      // An annotation kept on corrected words now says something its reviewer never saw, written
      // by this editor: the same rule as any other change to what it says (content-change.ts).
      const changedIds = placed.filter((p) => p.changed).map((p) => p.id);
      const changed = changedIds.length
        ? await tx.annotation.findMany({ where: { id: { in: changedIds } }, select: { id: true, status: true, authorId: true, contributorIds: true } })
        : [];
      const resets = changed.map((a) => ({ id: a.id, reset: reviewAfterContentChange(a, actor.id) }));
      // Every change of words makes a new version, so an approval of the words seen before is refused (409).
      if (changed.length) {
        await tx.$executeRaw`
          UPDATE "Annotation" SET version = version + 1,
            "contributorIds" = CASE WHEN id = ANY(${resets.filter((r) => r.reset.contributorIds).map((r) => r.id)}::text[])
                                    THEN array_append("contributorIds", ${actor.id}) ELSE "contributorIds" END
          WHERE id = ANY(${changed.map((a) => a.id)}::text[])`;
      }
      const reopened = resets.filter((r) => r.reset.status).map((r) => r.id);
      if (reopened.length) await tx.annotation.updateMany({ where: { id: { in: reopened } }, data: reopenedForReview() });
      const version = article.version + 1;
      await tx.articleVersion.create({ data: { articleId, version, text, content: content as object, createdById: actor.id } });
      await tx.article.update({ where: { id: articleId }, data: { text, content: content as object, version } });
      await refreshSuggestions(tx, { id: articleId, text, version }, article.text);
      await record({
        version,
        action: "article.text_corrected",
        entityId: articleId,
        before: { version: article.version },
        after: { version, reanchored: placed.length, orphaned: orphaned.length },
      });
      const noted = [
        ...orphaned.map((id) => ({ id, action: "annotation.orphaned" as const, after: { version } })),
        ...placed
          .filter((p) => p.changed)
          .map((p) => ({
            id: p.id,
            action: "annotation.reanchored" as const,
            after: { exact: p.exact, version, ...(reopened.includes(p.id) ? { status: "SUBMITTED", verdict: null, reopened: true } : {}) },
          })),
      ];
      await recordQuietly(noted.map((n) => ({ action: n.action, entityId: n.id, annotationId: n.id, after: n.after })));
      return { version, placed: placed.length, orphaned: orphaned.length };
    },
    { timeout: 30_000 },
  );
}
