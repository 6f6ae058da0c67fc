import type { AnnotationKind, ReviewStatus, SourceRelation } from "../vocabulary/names";
import type { SessionUser } from "../auth/session";
import type { Prisma } from "../db/generated/client";
import type { Verdict } from "../review/verdicts";
import { can } from "../policy/policy";

export const annotationInclude = {
  author: { select: { id: true, name: true } },
  reviewer: { select: { id: true, name: true } },
  assignee: { select: { id: true, name: true } },
  sources: {
    orderBy: { createdAt: "asc" },
    include: {
      linkedAnnotation: {
        select: { id: true, exact: true, kind: true, deletedAt: true, article: { select: { id: true, title: true } } },
      },
    },
  },
} satisfies Prisma.AnnotationInclude;

type AnnotationRow = Prisma.AnnotationGetPayload<{ include: typeof annotationInclude }>;
type SourceRow = AnnotationRow["sources"][number];

export interface SourceView {
  id: string;
  relation: SourceRelation;
  url: string | null;
  title: string;
  publisher: string;
  excerpt: string;
  accessedAt: string | null;
  linked: { id: string; exact: string; kind: string; articleId: string; articleTitle: string; deleted: boolean } | null;
}

export interface AnnotationView {
  id: string;
  articleId: string;
  kind: AnnotationKind;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  orphaned: boolean;
  note: string;
  /** A figure's number (the low end of a range), the range's high end and what it counts; null when not stated. */
  figure: FigureValue;
  status: ReviewStatus;
  author: { id: string; name: string };
  verdict: Verdict | null;
  reviewer: { id: string; name: string } | null;
  reviewedAt: string | null;
  submittedAt: string | null;
  assignee: { id: string; name: string } | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  deleted: boolean;
  /** People other than the author who changed it since its last approval (they may not approve it). */
  contributorIds: string[];
  canEdit: boolean;
  canDelete: boolean;
  sources: SourceView[];
}

export interface FigureValue {
  value: number | null;
  valueMax: number | null;
  unit: string | null;
}

export function toSourceView(source: SourceRow): SourceView {
  const linked = source.linkedAnnotation;
  return {
    id: source.id,
    relation: source.relation,
    url: source.url,
    title: source.title,
    publisher: source.publisher,
    excerpt: source.excerpt,
    accessedAt: source.accessedAt ? source.accessedAt.toISOString().slice(0, 10) : null,
    linked: linked
      ? {
          id: linked.id,
          exact: linked.exact,
          kind: linked.kind,
          articleId: linked.article.id,
          articleTitle: linked.article.title,
          deleted: linked.deletedAt !== null,
        }
      : null,
  };
}

export function toAnnotationView(row: AnnotationRow, viewer: SessionUser): AnnotationView {
  return {
    id: row.id,
    articleId: row.articleId,
    kind: row.kind,
    start: row.start,
    end: row.end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    orphaned: row.orphaned,
    note: row.note,
    figure: { value: row.value, valueMax: row.valueMax, unit: row.unit },
    status: row.status,
    author: row.author,
    verdict: (row.verdict as Verdict | null) ?? null,
    reviewer: row.reviewer,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    assignee: row.assignee,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deleted: row.deletedAt !== null,
    contributorIds: row.contributorIds,
    canEdit: can(viewer, "annotation.edit", row),
    canDelete: can(viewer, "annotation.delete", row),
    sources: row.sources.map(toSourceView),
  };
}
