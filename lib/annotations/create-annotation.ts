import { randomUUID } from "node:crypto";
import { z } from "zod";
import { checkAnchor } from "../anchoring/selectors";
import type { SessionUser } from "../auth/session";
import { ValidationError } from "../errors/domain-error";
import { runChange, type ArticleChange } from "../changes/run-change";
import type { AnnotationCreateInput } from "../validation/annotation-schemas";
import type { Annotation } from "../db/generated/client";
import { UTC_NOW } from "../db/utc-now";
import { toAnnotationView, type AnnotationRow, type AnnotationView, type FigureValue } from "./annotation-view";
import { sanitizeNote } from "./note-html";
import { readFigureAt } from "../language/read-figure";
import { annotationColumns } from "./annotation-columns";

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
  return runChange(actor, { article: articleId, withText: true }, async (change) => toAnnotationView(await insertAnnotation(change, change.text, input), actor));
}

/** The row the insert returns: a new annotation, so no verdict yet. */
const insertedRow = annotationColumns(z.date(), z.null()) satisfies z.ZodType<Annotation>;

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
 * Writes a new annotation in a change of its article (which holds the article's change lock, and
 * read its `text` with it): checks the anchor against the text and the per-article limit, writes
 * the row and its audit record.
 */
export async function insertAnnotation(change: ArticleChange<SessionUser>, text: string, input: AnnotationCreateInput, origin?: AnnotationOrigin): Promise<AnnotationRow> {
  const { tx, actor, articleId } = change;
  const check = checkAnchor(text, input);
  if (!check.ok) throw new ValidationError(check.message);
  const { start, end, exact, prefix, suffix } = check.anchor;
  const figure = figureOf(input.kind, text, check.anchor, origin);
  // SQL, not Prisma's create: creating is the desk's most frequent write, and Prisma compiling
  // the insert and reading back its relations was half its time. The limit is counted by the
  // insert itself, a statement that starts after the lock is held, so parallel creates cannot
  // pass it together. A new annotation has no sources, reviewer or assignee yet.
  const rows = await tx.$queryRaw<unknown[]>`
    INSERT INTO "Annotation" (id, "articleId", kind, start, "end", exact, prefix, suffix, note, value, "valueMax", unit, "authorId", "createdAt", "updatedAt")
    SELECT ${randomUUID()}, ${articleId}, ${input.kind}::"AnnotationKind", ${start}::int, ${end}::int, ${exact}, ${prefix}, ${suffix}, ${sanitizeNote(input.note ?? "")},
           ${figure.value ?? null}::float8, ${figure.valueMax ?? null}::float8, ${figure.unit ?? null}::text, ${actor.id}, ${UTC_NOW}, ${UTC_NOW}
    WHERE (SELECT count(*) FROM "Annotation" WHERE "articleId" = ${articleId} AND "deletedAt" IS NULL) < ${MAX_ANNOTATIONS_PER_ARTICLE}
    RETURNING *`;
  if (rows.length === 0) {
    throw new ValidationError(`This article already has ${MAX_ANNOTATIONS_PER_ARTICLE.toLocaleString("en")} annotations, the most one article can hold.`);
  }
  const row: AnnotationRow = { ...insertedRow.parse(rows[0]), author: { id: actor.id, name: actor.name }, reviewer: null, assignee: null, sources: [], sameClaimAs: null };
  await change.record({
    version: row.version,
    action: "annotation.created",
    entityId: row.id,
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
