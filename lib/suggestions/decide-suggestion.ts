import type { SessionUser } from "../auth/session";
import { runChange, type ArticleChange } from "../changes/run-change";
import { db, type Tx } from "../db/client";
import { ConflictError, NotFoundError } from "../errors/domain-error";
import { insertAnnotation } from "../annotations/create-annotation";
import { toAnnotationView, type AnnotationView } from "../annotations/annotation-view";
import { assertCan } from "../policy/policy";
import type { AnnotationKind, SuggestionStatus } from "../vocabulary/names";
import { suggestionSelect, toSuggestionView, type SuggestionView } from "./suggestion-view";

const ALREADY: Record<SuggestionStatus, string> = {
  OPEN: "This suggestion is still open.",
  ACCEPTED: "Someone already accepted this suggestion: it is an annotation now.",
  DISMISSED: "Someone already dismissed this suggestion.",
};

type Locked = Awaited<ReturnType<typeof loadLocked>>;

/** The suggestion's row, locked (the caller holds its article's change lock). */
async function loadLocked(tx: Tx, suggestionId: string) {
  await tx.$queryRaw`SELECT id FROM "Suggestion" WHERE id = ${suggestionId} FOR UPDATE`;
  const row = await tx.suggestion.findUnique({ where: { id: suggestionId } });
  if (!row) throw new NotFoundError("That suggestion");
  return row;
}

/** The article a suggestion is on: it never moves to another, so it is read before a change takes its locks. */
async function articleOf(suggestionId: string): Promise<string> {
  const found = await db.suggestion.findUnique({ where: { id: suggestionId }, select: { articleId: true } });
  if (!found) throw new NotFoundError("That suggestion");
  return found.articleId;
}

/** One change to one suggestion: its article's change lock first, then its row (the order every article change takes). */
async function withSuggestionChange<T>(actor: SessionUser, suggestionId: string, change: (change: ArticleChange<SessionUser>, suggestion: Locked) => Promise<T>): Promise<T> {
  return runChange(actor, { article: await articleOf(suggestionId) }, async (unit) => change(unit, await loadLocked(unit.tx, suggestionId)));
}

/** A change that accepts suggestions: the article's text is read with its lock, to anchor them on. */
type AcceptChange = ArticleChange<SessionUser> & { text: string };

function assertStatus(suggestion: Locked, wanted: SuggestionStatus) {
  if (suggestion.status !== wanted) throw new ConflictError(wanted === "DISMISSED" ? "This suggestion is not dismissed." : ALREADY[suggestion.status]);
  if (suggestion.orphaned) throw new ConflictError("The words of this suggestion are no longer in the article.");
}

/** Makes the suggestion a DRAFT annotation by `actor`, keeping a figure's value; the audit record says where it came from. */
async function acceptLocked(change: AcceptChange, suggestion: Locked) {
  const { tx, actor } = change;
  assertStatus(suggestion, "OPEN");
  const annotation = await insertAnnotation(
    change,
    change.text,
    { kind: suggestion.kind, start: suggestion.start, end: suggestion.end, exact: suggestion.exact },
    { suggestionId: suggestion.id, figure: { value: suggestion.value, valueMax: suggestion.valueMax, unit: suggestion.unit } },
  );
  const row = await tx.suggestion.update({
    where: { id: suggestion.id },
    data: { status: "ACCEPTED", decidedById: actor.id, decidedAt: new Date(), annotationId: annotation.id, version: { increment: 1 } },
  });
  await change.record({
    action: "suggestion.accepted",
    entityId: suggestion.id,
    version: row.version,
    after: { annotationId: annotation.id, kind: suggestion.kind, exact: suggestion.exact },
  });
  return annotation;
}

export async function acceptSuggestion(actor: SessionUser, suggestionId: string): Promise<AnnotationView> {
  assertCan(actor, "suggestion.decide");
  return runChange(actor, { article: await articleOf(suggestionId), withText: true }, async (change) =>
    toAnnotationView(await acceptLocked(change, await loadLocked(change.tx, suggestionId)), actor),
  );
}

/** Accepts every open suggestion of one kind that no annotation covers yet, in one transaction. */
export async function acceptAllSuggestions(actor: SessionUser, articleId: string, kind: AnnotationKind): Promise<{ accepted: number }> {
  assertCan(actor, "suggestion.decide");
  return runChange(
    actor,
    { article: articleId, withText: true },
    async (change) => {
      const { tx } = change;
      const open = await tx.suggestion.findMany({ where: { articleId, kind, status: "OPEN", orphaned: false }, orderBy: { start: "asc" }, select: { id: true } });
      const annotations = await tx.annotation.findMany({ where: { articleId, kind, deletedAt: null, orphaned: false }, select: { start: true, end: true } });
      let accepted = 0;
      for (const { id } of open) {
        const suggestion = await loadLocked(tx, id);
        if (annotations.some((a) => a.start < suggestion.end && a.end > suggestion.start)) continue;
        const annotation = await acceptLocked(change, suggestion);
        annotations.push(annotation);
        accepted += 1;
      }
      return { accepted };
    },
    { timeout: 30_000 },
  );
}

async function setStatus(actor: SessionUser, suggestionId: string, from: SuggestionStatus, to: SuggestionStatus): Promise<SuggestionView> {
  assertCan(actor, "suggestion.decide");
  return withSuggestionChange(actor, suggestionId, async ({ tx, record }, suggestion) => {
    assertStatus(suggestion, from);
    const dismissing = to === "DISMISSED";
    const row = await tx.suggestion.update({
      where: { id: suggestionId },
      data: { status: to, decidedById: dismissing ? actor.id : null, decidedAt: dismissing ? new Date() : null, version: { increment: 1 } },
      select: suggestionSelect,
    });
    await record({
      action: dismissing ? "suggestion.dismissed" : "suggestion.restored",
      entityId: suggestionId,
      version: row.version,
      before: { status: from },
      after: { status: to, kind: suggestion.kind, exact: suggestion.exact },
    });
    return toSuggestionView(row);
  });
}

/** Hides the suggestion for the whole desk (recorded: who, when); an annotator may do it too. */
export const dismissSuggestion = (actor: SessionUser, suggestionId: string) => setStatus(actor, suggestionId, "OPEN", "DISMISSED");

/** Undoes a dismissal: the suggestion is open again for everyone. */
export const restoreSuggestion = (actor: SessionUser, suggestionId: string) => setStatus(actor, suggestionId, "DISMISSED", "OPEN");
