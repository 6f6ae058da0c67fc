import { z } from "zod";
import { getPool, type Tx } from "../db/client";
import { ArchiveState, CheckOrigin, CheckOutcome, type Prisma } from "../db/generated/client";
import { KINDS, RELATIONS } from "../vocabulary/names";
import { annotationColumns } from "./annotation-columns";
import type { AnnotationRow } from "./annotation-view";

/**
 * Annotations as the panel, the API and the live feed show them (AnnotationRow: the row with its
 * people, sources and "same claim as" link), read in one plain statement.
 *
 * Every change to an annotation ends by reading it this way, and every live event is read once
 * per instance. Through Prisma's include (annotationInclude) that cost about 6 ms of a server's
 * CPU per read, most of it compiling the query; this statement builds the same shape in
 * PostgreSQL for a fraction of that. annotation-rows.test.ts checks the two agree.
 */
const ROWS_SQL = `
  SELECT json_build_object(
    'id', n.id, 'articleId', n."articleId", 'kind', n.kind, 'start', n.start, 'end', n."end",
    'exact', n.exact, 'prefix', n.prefix, 'suffix', n.suffix, 'orphaned', n.orphaned, 'note', n.note,
    'value', n.value, 'valueMax', n."valueMax", 'unit', n.unit, 'status', n.status, 'verdict', n.verdict,
    'authorId', n."authorId", 'assigneeId', n."assigneeId", 'submittedAt', n."submittedAt",
    'reviewerId', n."reviewerId", 'reviewedAt', n."reviewedAt", 'contributorIds', n."contributorIds",
    'version', n.version, 'deletedAt', n."deletedAt", 'deletedById', n."deletedById",
    'createdAt', n."createdAt", 'updatedAt', n."updatedAt",
    'author', (SELECT json_build_object('id', u.id, 'name', u.name) FROM "User" u WHERE u.id = n."authorId"),
    'reviewer', (SELECT json_build_object('id', u.id, 'name', u.name) FROM "User" u WHERE u.id = n."reviewerId"),
    'assignee', (SELECT json_build_object('id', u.id, 'name', u.name) FROM "User" u WHERE u.id = n."assigneeId"),
    'sources', coalesce((
      SELECT json_agg(json_build_object(
        'id', s.id, 'annotationId', s."annotationId", 'relation', s.relation, 'url', s.url, 'title', s.title,
        'publisher', s.publisher, 'excerpt', s.excerpt, 'accessedAt', s."accessedAt",
        'linkedAnnotationId', s."linkedAnnotationId", 'archiveState', s."archiveState",
        'archiveProblem', s."archiveProblem", 'archiveRequestedAt', s."archiveRequestedAt", 'copyId', s."copyId",
        'createdById', s."createdById", 'createdAt', s."createdAt", 'updatedAt', s."updatedAt",
        'linkedAnnotation', (
          SELECT json_build_object('id', l.id, 'exact', l.exact, 'kind', l.kind, 'deletedAt', l."deletedAt",
                                   'article', json_build_object('id', la.id, 'title', la.title))
          FROM "Annotation" l JOIN "Article" la ON la.id = l."articleId" WHERE l.id = s."linkedAnnotationId"),
        'copy', (SELECT json_build_object('id', p.id, 'takenAt', p."takenAt") FROM "PageArchive" p WHERE p.id = s."copyId"),
        'checks', coalesce((
          SELECT json_agg(json_build_object('outcome', c.outcome, 'problem', c.problem, 'checkedAt', c."checkedAt"))
          FROM (SELECT * FROM "SourceCheck" c WHERE c."sourceId" = s.id ORDER BY c."checkedAt" DESC LIMIT 1) c), '[]'::json)
      ) ORDER BY s."createdAt", s.id)
      FROM "Source" s WHERE s."annotationId" = n.id), '[]'::json),
    'sameClaimAs', (
      SELECT json_build_object(
        'linkedAt', k."linkedAt",
        'linkedBy', json_build_object('id', lb.id, 'name', lb.name),
        'check', json_build_object(
          'id', cc.id, 'origin', cc.origin, 'kind', cc.kind, 'quote', cc.quote, 'rating', cc.rating,
          'verdict', cc.verdict, 'ratingLabel', cc."ratingLabel", 'checkedBy', cc."checkedBy",
          'reviewedAt', cc."reviewedAt", 'url', cc.url, 'articleId', cc."articleId",
          'story', (SELECT json_build_object('title', st.title) FROM "Story" st WHERE st.id = cc."storyId"),
          'revision', (SELECT json_build_object('withdrawnAt', r."withdrawnAt") FROM "ApprovedRevision" r WHERE r.id = cc."revisionId"),
          'annotation', (SELECT json_build_object('deletedAt', ca."deletedAt") FROM "Annotation" ca WHERE ca.id = cc."annotationId")))
      FROM "ClaimLink" k JOIN "User" lb ON lb.id = k."linkedById" JOIN "CheckedClaim" cc ON cc.id = k."checkId"
      WHERE k."annotationId" = n.id)
  )::text AS row
  FROM "Annotation" n WHERE n.id = ANY($1::text[])`;

const id = z.string();
// DateTime columns hold UTC without a zone (as Prisma writes them); JSON gives them as ISO text.
const moment = z.string().transform((text) => new Date(/(Z|[+-]\d\d:?\d\d)$/.test(text) ? text : `${text}Z`));
const json = z.custom<Prisma.JsonValue>((value) => value !== undefined);
const person = z.object({ id, name: z.string() });
const enumOf = <T extends Record<string, string>>(values: T) => z.enum(Object.values(values) as [T[keyof T], ...T[keyof T][]]);

const sourceRow = z.object({
  id,
  annotationId: id,
  relation: z.enum(RELATIONS),
  url: z.string().nullable(),
  title: z.string(),
  publisher: z.string(),
  excerpt: z.string(),
  accessedAt: moment.nullable(),
  linkedAnnotationId: id.nullable(),
  archiveState: enumOf(ArchiveState),
  archiveProblem: z.string().nullable(),
  archiveRequestedAt: moment.nullable(),
  copyId: id.nullable(),
  createdById: id,
  createdAt: moment,
  updatedAt: moment,
  linkedAnnotation: z.object({ id, exact: z.string(), kind: z.enum(KINDS), deletedAt: moment.nullable(), article: z.object({ id, title: z.string() }) }).nullable(),
  copy: z.object({ id, takenAt: moment }).nullable(),
  checks: z.array(z.object({ outcome: enumOf(CheckOutcome), problem: z.string().nullable(), checkedAt: moment })),
});

const annotationRow = annotationColumns(moment, json.nullable()).extend({
  author: person,
  reviewer: person.nullable(),
  assignee: person.nullable(),
  sources: z.array(sourceRow),
  sameClaimAs: z
    .object({
      linkedAt: moment,
      linkedBy: person,
      check: z.object({
        id,
        origin: enumOf(CheckOrigin),
        kind: z.enum(KINDS),
        quote: z.string(),
        rating: z.string().nullable(),
        verdict: json.nullable(),
        ratingLabel: z.string().nullable(),
        checkedBy: z.string(),
        reviewedAt: moment,
        url: z.string().nullable(),
        articleId: id.nullable(),
        story: z.object({ title: z.string() }).nullable(),
        revision: z.object({ withdrawnAt: moment.nullable() }).nullable(),
        annotation: z.object({ deletedAt: moment.nullable() }).nullable(),
      }),
    })
    .nullable(),
}) satisfies z.ZodType<AnnotationRow, unknown>;

const resultRow = z.object({ row: z.string() });

/**
 * The annotations with these ids, in the order asked (an id with no annotation is left out).
 * Inside a change, read through its transaction `tx`, so the change's own writes are seen.
 */
export async function readAnnotationRows(ids: string[], tx?: Tx): Promise<AnnotationRow[]> {
  if (ids.length === 0) return [];
  const raw = tx ? await tx.$queryRawUnsafe<unknown[]>(ROWS_SQL, ids) : (await getPool().query(ROWS_SQL, [ids])).rows;
  const byId = new Map(raw.map((row) => annotationRow.parse(JSON.parse(resultRow.parse(row).row))).map((row) => [row.id, row]));
  return ids.flatMap((annotationId) => byId.get(annotationId) ?? []);
}

/** One annotation as readAnnotationRows reads it, or null when there is none with that id. */
export async function readAnnotationRow(annotationId: string, tx?: Tx): Promise<AnnotationRow | null> {
  return (await readAnnotationRows([annotationId], tx))[0] ?? null;
}

/** Writes `data` to an annotation inside a change and reads it back as readAnnotationRows does. */
export async function updateAnnotationRow(tx: Tx, annotationId: string, data: Prisma.AnnotationUncheckedUpdateInput): Promise<AnnotationRow> {
  await tx.annotation.update({ where: { id: annotationId }, data, select: { id: true } });
  const row = await readAnnotationRow(annotationId, tx);
  if (!row) throw new Error(`Annotation ${annotationId} was updated but could not be read back.`);
  return row;
}
