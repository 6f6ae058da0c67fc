import { z } from "zod";
import type { SourceView } from "../annotations/annotation-view";
import { KINDS, RELATIONS, STATUSES, type AnnotationKind, type ReviewStatus, type SourceRelation } from "../vocabulary/names";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { NotFoundError } from "../errors/domain-error";
import { noteToPlainText } from "../annotations/note-html";
import { checkVerdictLabel } from "../vocabulary/check-verdicts";
import { verdictLabel, verdictSchema, type Verdict } from "../vocabulary/verdicts";
import { reportLedger, type ReportFact } from "../ledger/report-ledger";

export type ReportScope = "approved" | "all";

export interface ReportArticle {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  version: number;
}

/** A web source as a report lists it: what the annotation's view shows, and its archived copy inside Factmark (a path, for the export's base address). */
export type ReportSource = Pick<SourceView, "relation" | "url" | "title" | "publisher" | "excerpt" | "accessedAt"> & {
  archive: { takenAt: string; path: string } | null;
};

export interface ReportEntry {
  id: string;
  article: ReportArticle;
  kind: AnnotationKind;
  status: ReviewStatus;
  verdict: Verdict | null;
  verdictLabel: string | null;
  quote: string;
  contextBefore: string;
  contextAfter: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  orphaned: boolean;
  noteHtml: string;
  note: string;
  sources: ReportSource[];
  corroborations: { annotationId: string; articleTitle: string; quote: string; relation: SourceRelation }[];
  /** "Same claim as" an earlier check (lib/claims): the desk's (its story) or another publisher's (`checkedBy`, their address). */
  sameClaimAs: { origin: "desk" | "imported"; quote: string; verdict: string | null; checkedBy: string; reviewedAt: string; storyTitle: string | null; url: string | null } | null;
  annotator: string;
  reviewer: string | null;
  createdAt: string;
  reviewedAt: string | null;
}

export interface ReportData {
  title: string;
  subject: { type: "article" | "story"; id: string };
  scope: ReportScope;
  generatedAt: string;
  articles: ReportArticle[];
  entries: ReportEntry[];
  summary: { byKind: Record<string, number>; byStatus: Record<string, number>; byVerdict: Record<string, number> };
  /** A story's ledger: its confirmed facts, with the values of the annotations this report shows. */
  ledger: ReportFact[];
}

const CONTEXT = 60;

const id = z.string();
const text = z.string();

/** A source as the report's statement aggregates it: days as PostgreSQL writes a date ("2013-10-21"), the copy as two columns. */
const reportSourceRow = z.object({
  relation: z.enum(RELATIONS),
  url: text.nullable(),
  title: text,
  publisher: text,
  excerpt: text,
  accessedAt: z.iso.date().nullable(),
  copyId: id.nullable(),
  copyTakenAt: z.iso.date().nullable(),
  linkedId: id.nullable(),
  linkedExact: text.nullable(),
  linkedTitle: text.nullable(),
  linkedDeleted: z.boolean(),
  linkedApproved: z.boolean().nullable(),
});

/** One annotation of the report's statement, parsed as it is read (one parse a row). */
const reportRow = z.object({
  id,
  articleId: id,
  kind: z.enum(KINDS),
  status: z.enum(STATUSES),
  verdict: verdictSchema.nullable(),
  start: z.number().int(),
  end: z.number().int(),
  exact: text,
  prefix: text,
  suffix: text,
  orphaned: z.boolean(),
  note: text,
  createdAt: z.date(),
  reviewedAt: z.date().nullable(),
  authorName: text,
  reviewerName: text.nullable(),
  sources: z.array(reportSourceRow),
  corroborates: z.array(z.object({ relation: z.enum(RELATIONS), id, exact: text, title: text })),
  // The earlier check this annotation says it repeats, as json_build_object gives it (dates as text).
  sameClaimAs: z
    .object({
      origin: z.enum(["DESK", "IMPORTED"]),
      quote: text,
      verdict: verdictSchema.nullable(),
      rating: text.nullable(),
      ratingLabel: text.nullable(),
      checkedBy: text,
      reviewedAt: text,
      url: text.nullable(),
      storyTitle: text.nullable(),
    })
    .nullable(),
});

const count = (values: string[]) => values.reduce<Record<string, number>>((acc, v) => ((acc[v] = (acc[v] ?? 0) + 1), acc), {});

/**
 * Everything a verification report shows, for one article or a whole story, in document order.
 * `now` is a parameter so the same data always gives the same documents.
 */
export async function loadReport(
  viewer: SessionUser,
  subject: { type: "article" | "story"; id: string },
  scope: ReportScope,
  now = new Date(),
): Promise<ReportData> {
  // Every signed-in member of the desk may read every report.
  const story =
    subject.type === "story"
      ? await db.story.findUnique({ where: { id: subject.id }, select: { title: true } })
      : null;
  const articles = await db.article.findMany({
    where: subject.type === "story" ? { storyId: subject.id } : { id: subject.id },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, title: true, outlet: true, url: true, publishedAt: true, version: true, text: true },
  });
  if (!articles.length && (subject.type === "article" || !story)) throw new NotFoundError(subject.type === "article" ? "That article" : "That story");

  // One statement with the sources and corroborations aggregated per annotation: a story's
  // report can hold thousands of annotations, and loading relations one query each was most of
  // an export's time. Each sub-select reaches its rows only through an indexed key (the
  // annotation's id); what the report keeps of them is decided in the aggregate's FILTER, never
  // in a join or WHERE condition. A condition such as `o.status = 'APPROVED'` in the join gave
  // the planner a second way in (the status index): with statistics still empty after a bulk
  // import it expected 20 approved annotations and scanned all 5,000 inside each of the 5,000
  // sub-selects (25 million index probes, 131 s instead of 0.2 s).
  const raw = await db.$queryRaw<unknown[]>`
    SELECT a.id, a."articleId", a.kind::text AS kind, a.status::text AS status, a.verdict, a.start, a."end", a.exact,
           a.prefix, a.suffix, a.orphaned, a.note, a."createdAt", a."reviewedAt",
           au.name AS "authorName", rv.name AS "reviewerName",
           COALESCE((
             SELECT json_agg(json_build_object(
                      'relation', s.relation, 'url', s.url, 'title', s.title, 'publisher', s.publisher, 'excerpt', s.excerpt,
                      'accessedAt', s."accessedAt"::date, 'copyId', cp.id, 'copyTakenAt', cp."takenAt"::date, 'linkedId', la.id, 'linkedExact', la.exact, 'linkedTitle', lart.title,
                      'linkedDeleted', la."deletedAt" IS NOT NULL, 'linkedApproved', la.status = 'APPROVED') ORDER BY s."createdAt")
             FROM "Source" s
             LEFT JOIN "PageArchive" cp ON cp.id = s."copyId"
             LEFT JOIN "Annotation" la ON la.id = s."linkedAnnotationId"
             LEFT JOIN "Article" lart ON lart.id = la."articleId"
             WHERE s."annotationId" = a.id), '[]') AS sources,
           COALESCE((
             SELECT json_agg(json_build_object('relation', s.relation, 'id', o.id, 'exact', o.exact, 'title', oart.title))
                      -- What a desk publishes links only to what it approved.
                      FILTER (WHERE o."deletedAt" IS NULL AND (${scope} = 'all' OR o.status = 'APPROVED'))
             FROM "Source" s
             JOIN "Annotation" o ON o.id = s."annotationId"
             JOIN "Article" oart ON oart.id = o."articleId"
             WHERE s."linkedAnnotationId" = a.id), '[]') AS corroborates,
           (SELECT json_build_object('origin', cc.origin, 'quote', cc.quote, 'verdict', cc.verdict, 'rating', cc.rating, 'ratingLabel', cc."ratingLabel",
                     'checkedBy', cc."checkedBy", 'reviewedAt', cc."reviewedAt", 'url', cc.url, 'storyTitle', st.title)
            FROM "ClaimLink" l JOIN "CheckedClaim" cc ON cc.id = l."checkId" LEFT JOIN "Story" st ON st.id = cc."storyId"
            WHERE l."annotationId" = a.id) AS "sameClaimAs"
    FROM "Annotation" a
    JOIN "User" au ON au.id = a."authorId"
    LEFT JOIN "User" rv ON rv.id = a."reviewerId"
    WHERE a."articleId" = ANY(${articles.map((a) => a.id)}::text[]) AND a."deletedAt" IS NULL
      AND (${scope} = 'all' OR a.status = 'APPROVED')`;
  const rows = raw.map((row) => reportRow.parse(row));

  const byId = new Map(articles.map((a) => [a.id, a]));
  const order = new Map(articles.map((a, i) => [a.id, i]));
  rows.sort((a, b) => order.get(a.articleId)! - order.get(b.articleId)! || a.start - b.start || b.end - a.end);
  const toArticle = (a: (typeof articles)[number]): ReportArticle => ({
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    url: a.url,
    publishedAt: a.publishedAt?.toISOString().slice(0, 10) ?? null,
    version: a.version,
  });

  const entries = rows.map((row): ReportEntry => {
    const article = byId.get(row.articleId)!;
    const verdict = row.verdict ?? null;
    return {
      id: row.id,
      article: toArticle(article),
      kind: row.kind,
      status: row.status,
      verdict,
      verdictLabel: verdict ? verdictLabel(verdict) : null,
      quote: row.exact,
      contextBefore: row.orphaned ? row.prefix : article.text.slice(Math.max(0, row.start - CONTEXT), row.start),
      contextAfter: row.orphaned ? row.suffix : article.text.slice(row.end, row.end + CONTEXT),
      start: row.start,
      end: row.end,
      prefix: row.prefix,
      suffix: row.suffix,
      orphaned: row.orphaned,
      noteHtml: row.note,
      note: noteToPlainText(row.note),
      sources: row.sources
        .filter((s) => !s.linkedId)
        .map((s) => ({
          relation: s.relation,
          url: s.url,
          title: s.title,
          publisher: s.publisher,
          excerpt: s.excerpt,
          accessedAt: s.accessedAt,
          archive: s.copyId && s.copyTakenAt ? { takenAt: s.copyTakenAt, path: `/copies/${s.copyId}` } : null,
        })),
      corroborations: [
        ...row.sources.flatMap((s) =>
          s.linkedId && !s.linkedDeleted && (scope === "all" || s.linkedApproved) ? [{ annotationId: s.linkedId, articleTitle: s.linkedTitle ?? "", quote: s.linkedExact ?? "", relation: s.relation }] : [],
        ),
        ...row.corroborates.map((c) => ({ annotationId: c.id, articleTitle: c.title, quote: c.exact, relation: c.relation })),
      ],
      sameClaimAs: row.sameClaimAs && {
        origin: row.sameClaimAs.origin === "DESK" ? "desk" : "imported",
        quote: row.sameClaimAs.quote,
        verdict: checkVerdictLabel(row.sameClaimAs),
        checkedBy: row.sameClaimAs.checkedBy,
        reviewedAt: row.sameClaimAs.reviewedAt.slice(0, 10),
        storyTitle: row.sameClaimAs.storyTitle,
        url: row.sameClaimAs.url,
      },
      annotator: row.authorName,
      reviewer: row.reviewerName,
      createdAt: row.createdAt.toISOString(),
      reviewedAt: row.reviewedAt?.toISOString() ?? null,
    };
  });

  return {
    title: subject.type === "story" ? story!.title : articles[0].title,
    subject,
    scope,
    generatedAt: now.toISOString(),
    articles: articles.map(toArticle),
    entries,
    ledger: subject.type === "story" ? await reportLedger(viewer, subject.id, new Set(entries.map((e) => e.id))) : [],
    summary: {
      byKind: count(entries.map((e) => e.kind)),
      byStatus: count(entries.map((e) => e.status)),
      byVerdict: count(entries.flatMap((e) => (e.verdictLabel ? [e.verdictLabel] : []))),
    },
  };
}
