import { checkAnchor } from "../anchoring/selectors";
import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session";
import { NotFoundError, ValidationError } from "../errors/domain-error";
import { withArticleChange } from "../realtime/article-feed";
import type { AnnotationCreateInput } from "../validation/annotation-schemas";
import type { Tx } from "../db/client";
import { annotationInclude, toAnnotationView, type AnnotationView, type FigureValue } from "./annotation-view";
import { sanitizeNote } from "./note-html";
import { readFigureAt } from "../suggestions/read-figure";

/**
 * Live annotations one article may hold. Far past what a desk writes on one article (the heaviest
 * measured page has 2,000), and it bounds what every text correction must re-anchor.
 */
export const MAX_ANNOTATIONS_PER_ARTICLE = 5_000;

/**
 * Anchors a new annotation on the article's current text. The quote must be the text at those
 * offsets; prefix and suffix are computed here, never taken from the client.
 */
export async function createAnnotation(actor: SessionUser, articleId: string, input: AnnotationCreateInput): Promise<AnnotationView> {
  return withArticleChange(articleId, async (tx) => toAnnotationView(await insertAnnotation(tx, actor, articleId, input), actor));
}

/** Where a new annotation came from, for its audit record and what it starts with. */
export interface AnnotationOrigin {
  suggestionId: string;
  figure: FigureValue;
}

function figureOf(kind: string, text: string, anchor: { start: number; end: number }, origin?: AnnotationOrigin): Partial<FigureValue> {
  if (origin) return origin.figure;
  return kind === "FIGURE" ? readFigureAt(text, anchor.start, anchor.end) : {};
}

/**
 * Writes a new annotation inside the caller's article change (the article's lock is held): the
 * anchor checked against the text, the per-article limit, the row and its audit record.
 */
export async function insertAnnotation(tx: Tx, actor: SessionUser, articleId: string, input: AnnotationCreateInput, origin?: AnnotationOrigin) {
  const article = await tx.article.findUnique({ where: { id: articleId }, select: { id: true, text: true } });
  if (!article) throw new NotFoundError("That article");
  const check = checkAnchor(article.text, input);
  if (!check.ok) throw new ValidationError(check.message);
  // Counted under the article's lock, so parallel creates cannot pass the limit together.
  const live = await tx.annotation.count({ where: { articleId, deletedAt: null } });
  if (live >= MAX_ANNOTATIONS_PER_ARTICLE) {
    throw new ValidationError(`This article already has ${MAX_ANNOTATIONS_PER_ARTICLE.toLocaleString("en")} annotations, the most one article can hold.`);
  }
  const row = await tx.annotation.create({
    // A figure keeps what it states, for the story's ledger: from its suggestion, or read from its words.
    data: { articleId, kind: input.kind, ...check.anchor, note: sanitizeNote(input.note ?? ""), authorId: actor.id, ...figureOf(input.kind, article.text, check.anchor, origin) },
    include: annotationInclude,
  });
  await recordActivity(tx, {
    version: row.version,
    actorId: actor.id,
    action: "annotation.created",
    entityId: row.id,
    articleId,
    annotationId: row.id,
    after: {
      kind: row.kind,
      start: row.start,
      end: row.end,
      exact: row.exact,
      note: row.note,
      ...(origin && { fromSuggestion: origin.suggestionId, value: row.value, valueMax: row.valueMax, unit: row.unit }),
    },
  });
  return row;
}
