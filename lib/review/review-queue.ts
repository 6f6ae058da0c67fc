import { assertCan, can } from "../policy/policy";
import type { AnnotationKind } from "@/lib/vocabulary/names";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import type { ReviewQueueQuery } from "../validation/review-schemas";

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
  author: { select: { id: true, name: true } },
  assignee: { select: { id: true, name: true } },
  article: { select: { id: true, title: true, story: { select: { id: true, title: true } } } },
} as const;

type QueueRow = { id: string; kind: QueueItem["kind"]; exact: string; submittedAt: Date | null; author: QueueItem["author"]; assignee: QueueItem["assignee"]; article: { id: string; title: string; story: { id: string; title: string } } };

export function toQueueItem(row: QueueRow): QueueItem {
  const { article, submittedAt, ...rest } = row;
  return { ...rest, submittedAt: submittedAt?.toISOString() ?? null, article: { id: article.id, title: article.title }, story: article.story };
}

/** The editors' queue: submitted annotations, oldest submission first. */
export async function listReviewQueue(actor: SessionUser, filters: ReviewQueueQuery): Promise<QueueItem[]> {
  assertCan(actor, "review.queue");
  const rows = await db.annotation.findMany({
    where: {
      status: "SUBMITTED",
      deletedAt: null,
      kind: filters.kind,
      authorId: filters.authorId,
      articleId: filters.articleId,
      article: filters.storyId ? { storyId: filters.storyId } : undefined,
    },
    orderBy: [{ submittedAt: "asc" }, { createdAt: "asc" }],
    take: 500,
    select: queueSelect,
  });
  return rows.map(toQueueItem);
}

export interface MyWork {
  assignedAnnotations: (QueueItem & { status: string })[];
  assignedArticles: { id: string; title: string; story: { id: string; title: string } }[];
  changesRequested: QueueItem[];
  awaitingReview: number;
}

/** What is assigned to me, or waiting on me: changes asked of my annotations, and (for editors) the queue. */
export async function listMyWork(actor: SessionUser): Promise<MyWork> {
  const [assigned, articles, changes, awaiting] = await Promise.all([
    db.annotation.findMany({
      where: { assigneeId: actor.id, deletedAt: null, status: { notIn: ["APPROVED", "REJECTED"] } },
      orderBy: { createdAt: "asc" },
      select: { ...queueSelect, status: true },
    }),
    db.article.findMany({
      where: { assigneeId: actor.id },
      orderBy: { title: "asc" },
      select: { id: true, title: true, story: { select: { id: true, title: true } } },
    }),
    db.annotation.findMany({
      where: { authorId: actor.id, deletedAt: null, status: "CHANGES_REQUESTED" },
      orderBy: { reviewedAt: "asc" },
      select: queueSelect,
    }),
    can(actor, "review.queue")
      ? db.annotation.count({ where: { status: "SUBMITTED", deletedAt: null, authorId: { not: actor.id } } })
      : Promise.resolve(0),
  ]);
  return {
    assignedAnnotations: assigned.map((row) => ({ ...toQueueItem(row), status: row.status })),
    assignedArticles: articles,
    changesRequested: changes.map(toQueueItem),
    awaitingReview: awaiting,
  };
}
