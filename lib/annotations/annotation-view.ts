import type { AnnotationKind, ReviewStatus, SourceRelation } from "../vocabulary/names";
import type { SessionUser } from "../auth/session";
import type { CheckOutcome, Prisma } from "../db/generated/client";
import type { Verdict } from "../vocabulary/verdicts";
import { checkVerdictLabel, proposedVerdict } from "../vocabulary/check-verdicts";
import { can } from "../policy/policy";

/**
 * What an annotation is read with, as Prisma would include it: the shape of AnnotationRow. The app
 * reads it in one plain statement (annotation-rows.ts); annotation-rows.test.ts checks that the
 * statement returns exactly what this include returns.
 */
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
      copy: { select: { id: true, takenAt: true } },
      checks: { orderBy: { checkedAt: "desc" }, take: 1, select: { outcome: true, problem: true, checkedAt: true } },
    },
  },
  sameClaimAs: {
    select: {
      linkedAt: true,
      linkedBy: { select: { id: true, name: true } },
      check: {
        select: {
          id: true, origin: true, kind: true, quote: true, rating: true, verdict: true, ratingLabel: true, checkedBy: true, reviewedAt: true, url: true, articleId: true,
          story: { select: { title: true } },
          revision: { select: { withdrawnAt: true } },
          annotation: { select: { deletedAt: true } },
        },
      },
    },
  },
} satisfies Prisma.AnnotationInclude;

export type AnnotationRow = Prisma.AnnotationGetPayload<{ include: typeof annotationInclude }>;
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
  /** A web source's archived copy and latest check; null for a corroborating annotation. */
  archive: SourceArchiveView | null;
}

export interface SourceArchiveView {
  /** pending: the page is being fetched; not-archived: there is no copy (problem says why). */
  state: "pending" | "archived" | "not-archived";
  problem: string | null;
  copy: { id: string; takenAt: string } | null;
  lastCheck: { outcome: CheckOutcome; problem: string | null; checkedAt: string } | null;
}

// A copy still "pending" this long after it was asked for was lost (a restart): offered again.
const PENDING_STALE_MS = 60_000;

function toArchiveView(source: SourceRow, now = Date.now()): SourceArchiveView | null {
  if (!source.url) return null;
  const check = source.checks[0];
  const lastCheck = check ? { outcome: check.outcome, problem: check.problem, checkedAt: check.checkedAt.toISOString() } : null;
  const copy = source.copy ? { id: source.copy.id, takenAt: source.copy.takenAt.toISOString() } : null;
  if (copy) return { state: "archived", problem: null, copy, lastCheck };
  const stale = source.archiveRequestedAt !== null && now - source.archiveRequestedAt.getTime() > PENDING_STALE_MS;
  // While pending, a problem is the last try's, with the attempt the queue makes next.
  if (source.archiveState === "PENDING" && !stale) return { state: "pending", problem: source.archiveProblem, copy, lastCheck };
  const problem =
    source.archiveState === "PENDING" ? "Archiving was interrupted before the copy was taken." : source.archiveProblem ?? "No copy has been taken yet.";
  return { state: "not-archived", problem, copy, lastCheck };
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
  sameClaimAs: SameClaimView | null;
}

/**
 * "Same claim as": the earlier check (lib/claims) this annotation says it repeats, as the panel,
 * reports and the review show it. `proposal` is the verdict the review is offered; an editor
 * still approves.
 */
export interface SameClaimView {
  checkId: string;
  origin: "desk" | "imported";
  kind: AnnotationKind;
  exact: string;
  storyTitle: string | null;
  articleId: string | null;
  /** The desk's reviewer, or the publisher that checked it. */
  checkedBy: string;
  /** An imported review's own address. */
  url: string | null;
  verdict: { label: string; reviewedAt: string } | null;
  proposal: Verdict | null;
  /** False once the earlier check stopped being the desk's word (rejected since, or deleted): nothing is proposed then. */
  current: boolean;
  linkedBy: { id: string; name: string };
  linkedAt: string;
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
    archive: toArchiveView(source),
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
    sameClaimAs: toSameClaimView(row),
  };
}

function toSameClaimView(row: AnnotationRow): SameClaimView | null {
  const link = row.sameClaimAs;
  if (!link) return null;
  const { check } = link;
  const current = check.origin === "IMPORTED" || (check.revision !== null && check.revision.withdrawnAt === null && check.annotation !== null && check.annotation.deletedAt === null);
  const label = checkVerdictLabel(check);
  return {
    checkId: check.id,
    origin: check.origin === "DESK" ? "desk" : "imported",
    kind: check.kind,
    exact: check.quote,
    storyTitle: check.story?.title ?? null,
    articleId: check.articleId,
    checkedBy: check.checkedBy,
    url: check.url,
    verdict: label ? { label, reviewedAt: check.reviewedAt.toISOString().slice(0, 10) } : null,
    proposal: current ? proposedVerdict(row.kind, check) : null,
    current,
    linkedBy: link.linkedBy,
    linkedAt: link.linkedAt.toISOString(),
  };
}
