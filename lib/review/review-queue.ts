import { assertCan, can } from "../policy/policy";
import type { AnnotationKind } from "@/lib/vocabulary/names";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { keysetAfter, keysetOrder, pageOf, type KeyPart, type Page } from "../paging/keyset";
import type { MyWorkQuery, ReviewQueueQuery } from "../validation/review-schemas";

export interface QueueItem {
  id: string;
  kind: AnnotationKind;
  exact: string;
  submittedAt: string | null;
  author: { id: string; name: string };
  assignee: { id: string; name: string } | null;
  article: { id: string; title: string };
  story: { id: string; title: string };
}

const queueSelect = {
  id: true,
  kind: true,
  exact: true,
  submittedAt: true,
  createdAt: true,
  reviewedAt: true,
  author: { select: { id: true, name: true } },
  assignee: { select: { id: true, name: true } },
  article: { select: { id: true, title: true, story: { select: { id: true, title: true } } } },
} as const;

type QueueRow = { id: string; kind: QueueItem["kind"]; exact: string; submittedAt: Date | null; createdAt: Date; reviewedAt: Date | null; author: QueueItem["author"]; assignee: QueueItem["assignee"]; article: { id: string; title: string; story: { id: string; title: string } } };

export function toQueueItem({ id, kind, exact, submittedAt, author, assignee, article }: QueueRow): QueueItem {
  return { id, kind, exact, submittedAt: submittedAt?.toISOString() ?? null, author, assignee, article: { id: article.id, title: article.title }, story: article.story };
}

/** Oldest submission first. */
export const QUEUE_ORDER: readonly KeyPart[] = [
  ["submittedAt", "asc"],
  ["id", "asc"],
];
export const QUEUE_PER_PAGE = 25;

/** The editors' queue: a page of submitted annotations, oldest submission first, and how many wait in all. */
export async function listReviewQueue(actor: SessionUser, filters: ReviewQueueQuery): Promise<Page<QueueItem> & { total: number }> {
  assertCan(actor, "review.queue");
  const limit = filters.limit ?? QUEUE_PER_PAGE;
  const where: Prisma.AnnotationWhereInput = {
    status: "SUBMITTED",
    deletedAt: null,
    // Every submission records its time; the queue is in that order.
    submittedAt: { not: null },
    kind: filters.kind,
    authorId: filters.authorId,
    articleId: filters.articleId,
    article: filters.storyId ? { storyId: filters.storyId } : undefined,
  };
  const [rows, total] = await Promise.all([
    db.annotation.findMany({
      where: { ...where, ...(filters.cursor ? keysetAfter<Prisma.AnnotationWhereInput>(QUEUE_ORDER, filters.cursor) : {}) },
      // deletedAt is null in every row; ordering by it first lets the planner read the order off
      // the index (status, deletedAt, submittedAt, id), which it does not infer from an IS NULL.
      orderBy: [{ deletedAt: "asc" }, ...keysetOrder<Prisma.AnnotationOrderByWithRelationInput>(QUEUE_ORDER)],
      take: limit + 1,
      select: queueSelect,
    }),
    db.annotation.count({ where }),
  ]);
  return { ...pageOf(rows, limit, (row) => [row.submittedAt!.toISOString(), row.id], toQueueItem), total };
}

export interface MyWork {
  assignedAnnotations: (QueueItem & { status: string })[];
  assignedArticles: { id: string; title: string; story: { id: string; title: string } }[];
  changesRequested: QueueItem[];
  awaitingReview: number;
  /** The cursor of each list's next page, or null on its last. */
  next: { assignedAnnotations: string | null; assignedArticles: string | null; changesRequested: string | null };
  /** How many each list holds in all. */
  totals: { assignedAnnotations: number; assignedArticles: number; changesRequested: number };
}

const ASSIGNED_ORDER: readonly KeyPart[] = [
  ["createdAt", "asc"],
  ["id", "asc"],
];
const ARTICLES_ORDER: readonly KeyPart[] = [
  ["title", "asc"],
  ["id", "asc"],
];
const CHANGES_ORDER: readonly KeyPart[] = [
  ["reviewedAt", "asc"],
  ["id", "asc"],
];
export const MY_WORK_PER_PAGE = 20;

/**
 * How many submitted annotations an editor may review: all of them but their own, counted as all
 * less their own, two counts the indexes answer alone, rather than a look at every submitted row.
 */
async function awaitingReviewBy(editor: SessionUser): Promise<number> {
  const waiting = { status: "SUBMITTED", deletedAt: null } as const;
  const [all, own] = await Promise.all([db.annotation.count({ where: waiting }), db.annotation.count({ where: { ...waiting, authorId: editor.id } })]);
  return all - own;
}

/**
 * What is assigned to me, or waiting on me: changes asked of my annotations, and (for editors) the
 * queue. Each list is a page of its own, with its own cursor.
 */
export async function listMyWork(actor: SessionUser, query: MyWorkQuery = {}): Promise<MyWork> {
  const limit = query.limit ?? MY_WORK_PER_PAGE;
  const after = (parts: readonly KeyPart[], cursor: readonly unknown[] | undefined) => (cursor ? keysetAfter<Prisma.AnnotationWhereInput>(parts, cursor) : {});
  const assignedWhere: Prisma.AnnotationWhereInput = { assigneeId: actor.id, deletedAt: null, status: { notIn: ["APPROVED", "REJECTED"] } };
  // A request for changes records when it was made; the list is in that order.
  const changesWhere: Prisma.AnnotationWhereInput = { authorId: actor.id, deletedAt: null, status: "CHANGES_REQUESTED", reviewedAt: { not: null } };
  const [assigned, articles, changes, awaiting, assignedTotal, articlesTotal, changesTotal] = await Promise.all([
    db.annotation.findMany({
      where: { ...assignedWhere, ...after(ASSIGNED_ORDER, query.assignedCursor) },
      orderBy: keysetOrder<Prisma.AnnotationOrderByWithRelationInput>(ASSIGNED_ORDER),
      take: limit + 1,
      select: { ...queueSelect, status: true },
    }),
    db.article.findMany({
      where: { assigneeId: actor.id, ...(query.articlesCursor ? keysetAfter<Prisma.ArticleWhereInput>(ARTICLES_ORDER, query.articlesCursor) : {}) },
      orderBy: keysetOrder<Prisma.ArticleOrderByWithRelationInput>(ARTICLES_ORDER),
      take: limit + 1,
      select: { id: true, title: true, story: { select: { id: true, title: true } } },
    }),
    db.annotation.findMany({
      where: { ...changesWhere, ...after(CHANGES_ORDER, query.changesCursor) },
      orderBy: keysetOrder<Prisma.AnnotationOrderByWithRelationInput>(CHANGES_ORDER),
      take: limit + 1,
      select: queueSelect,
    }),
    can(actor, "review.queue") ? awaitingReviewBy(actor) : Promise.resolve(0),
    db.annotation.count({ where: assignedWhere }),
    db.article.count({ where: { assigneeId: actor.id } }),
    db.annotation.count({ where: changesWhere }),
  ]);
  const assignedPage = pageOf(assigned, limit, (row) => [row.createdAt.toISOString(), row.id], (row) => ({ ...toQueueItem(row), status: row.status }));
  const articlesPage = pageOf(articles, limit, (row) => [row.title, row.id]);
  const changesPage = pageOf(changes, limit, (row) => [row.reviewedAt!.toISOString(), row.id], toQueueItem);
  return {
    assignedAnnotations: assignedPage.items,
    assignedArticles: articlesPage.items,
    changesRequested: changesPage.items,
    awaitingReview: awaiting,
    next: { assignedAnnotations: assignedPage.next, assignedArticles: articlesPage.next, changesRequested: changesPage.next },
    totals: { assignedAnnotations: assignedTotal, assignedArticles: articlesTotal, changesRequested: changesTotal },
  };
}
