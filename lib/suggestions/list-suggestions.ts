import type { SessionUser } from "../auth/session";
import { runChange } from "../changes/run-change";
import { db } from "../db/client";
import { NotFoundError } from "../errors/domain-error";
import { assertCan } from "../policy/policy";
import type { SuggestionOrder } from "../validation/suggestion-schemas";
import { refreshSuggestions } from "./refresh-suggestions";
import { suggestionSelect, toSuggestionView, type SuggestionView } from "./suggestion-view";

const unscored = (articleId: string, tx: Pick<typeof db, "suggestion"> = db) =>
  tx.suggestion.findFirst({ where: { articleId, status: "OPEN", score: null }, select: { id: true } }).then(Boolean);

/**
 * Makes sure the stored suggestions are for the article's current text: an article imported
 * before suggestions existed gets its first pass on first read, and one suggested before scores
 * existed is read again for them. An archived story is read as it is.
 */
async function ensureSuggested(actor: SessionUser, articleId: string): Promise<void> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { version: true, suggestedVersion: true, story: { select: { archivedAt: true } } },
  });
  if (!article) throw new NotFoundError("That article");
  if (article.story.archivedAt || (article.suggestedVersion === article.version && !(await unscored(articleId)))) return;
  await runChange(actor, { article: articleId }, async ({ tx }) => {
    const locked = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { id: true, text: true, version: true, suggestedVersion: true } });
    if (locked.suggestedVersion !== locked.version || (await unscored(articleId, tx))) await refreshSuggestions(tx, locked);
  });
}

/**
 * The article's open suggestions, without those an annotation of the same kind already covers, and
 * the dismissed ones (so a person can bring one back). Everyone on the desk reads the same list:
 * in document order, or with `order: "score"` most check-worthy first (the text's order among
 * equals, and suggestions made before scores existed last).
 */
export async function listSuggestions(actor: SessionUser, articleId: string, order: SuggestionOrder = "text"): Promise<{ suggestions: SuggestionView[] }> {
  assertCan(actor, "article.read");
  await ensureSuggested(actor, articleId);
  const [rows, annotations] = await Promise.all([
    db.suggestion.findMany({
      where: { articleId, orphaned: false, status: { in: ["OPEN", "DISMISSED"] } },
      select: suggestionSelect,
      orderBy: order === "score" ? [{ score: { sort: "desc", nulls: "last" } }, { start: "asc" }, { end: "desc" }] : [{ start: "asc" }, { end: "desc" }],
    }),
    db.annotation.findMany({ where: { articleId, deletedAt: null, orphaned: false }, select: { kind: true, start: true, end: true } }),
  ]);
  const covered = (s: (typeof rows)[number]) => annotations.some((a) => a.kind === s.kind && a.start < s.end && a.end > s.start);
  return { suggestions: rows.filter((s) => s.status === "DISMISSED" || !covered(s)).map(toSuggestionView) };
}
