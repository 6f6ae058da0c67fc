import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { NotFoundError } from "../errors/domain-error";
import type { Prisma } from "../db/generated/client";
import { keysetAfter, keysetOrder, pageOf, type KeyPart, type Page } from "../paging/keyset";
import type { HistoryQuery } from "../validation/review-schemas";

export interface HistoryEntry {
  id: string;
  action: string;
  actor: { id: string; name: string };
  at: string;
  before: unknown;
  after: unknown;
  annotation: { id: string; exact: string } | null;
}

const entrySelect = {
  id: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  createdAt: true,
  actor: { select: { id: true, name: true } },
  annotation: { select: { id: true, exact: true } },
} as const;

type Row = {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  createdAt: Date;
  actor: { id: string; name: string };
  annotation: { id: string; exact: string } | null;
};

/** What a deleted comment's history entries show instead of its words. */
export const REDACTED_COMMENT = "(deleted comment)";

function redactBody(value: unknown): unknown {
  if (!value || typeof value !== "object" || !("body" in value)) return value;
  return { ...(value as Record<string, unknown>), body: REDACTED_COMMENT };
}

/**
 * Turns audit rows into history entries. The audit record keeps a deleted comment's words (it is
 * append-only), but deleting a comment means nobody reads them again: its entries lose the body.
 */
async function toEntries(rows: Row[]): Promise<HistoryEntry[]> {
  const commentIds = [...new Set(rows.filter((r) => r.entityType === "Comment").map((r) => r.entityId))];
  const deleted = commentIds.length
    ? new Set((await db.comment.findMany({ where: { id: { in: commentIds }, deletedAt: { not: null } }, select: { id: true } })).map((c) => c.id))
    : new Set<string>();
  return rows.map(({ createdAt, entityType, entityId, before, after, ...row }) => {
    const redact = entityType === "Comment" && deleted.has(entityId);
    return { ...row, before: redact ? redactBody(before) : before, after: redact ? redactBody(after) : after, at: createdAt.toISOString() };
  });
}

/** An annotation's story is told oldest first; an article's, newest first. The id decides a tie. */
const OLDEST_FIRST: readonly KeyPart[] = [
  ["createdAt", "asc"],
  ["id", "asc"],
];
const NEWEST_FIRST: readonly KeyPart[] = [
  ["createdAt", "desc"],
  ["id", "desc"],
];
export const ANNOTATION_HISTORY_PER_PAGE = 100;
export const ARTICLE_HISTORY_PER_PAGE = 50;

async function historyPage(where: Prisma.ActivityWhereInput, order: readonly KeyPart[], query: HistoryQuery, perPage: number): Promise<Page<HistoryEntry>> {
  const limit = query.limit ?? perPage;
  const rows = await db.activity.findMany({
    where: { ...where, ...(query.cursor ? keysetAfter<Prisma.ActivityWhereInput>(order, query.cursor) : {}) },
    orderBy: keysetOrder<Prisma.ActivityOrderByWithRelationInput>(order),
    take: limit + 1,
    select: entrySelect,
  });
  const page = pageOf(rows, limit, (row) => [row.createdAt.toISOString(), row.id]);
  return { items: await toEntries(page.items), next: page.next };
}

/** A page of an annotation's audit trail, oldest first. Readable by everyone on the desk; never editable. */
export async function getAnnotationHistory(viewer: SessionUser, annotationId: string, query: HistoryQuery = {}): Promise<Page<HistoryEntry>> {
  void viewer;
  const exists = await db.annotation.findUnique({ where: { id: annotationId }, select: { id: true } });
  if (!exists) throw new NotFoundError("That annotation");
  return historyPage({ annotationId }, OLDEST_FIRST, query, ANNOTATION_HISTORY_PER_PAGE);
}

/** A page of everything that happened on an article and its annotations, newest first (a story's ledger is the story's: getStoryHistory). */
export async function getArticleHistory(viewer: SessionUser, articleId: string, query: HistoryQuery = {}): Promise<Page<HistoryEntry>> {
  void viewer;
  const exists = await db.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!exists) throw new NotFoundError("That article");
  return historyPage({ articleId }, NEWEST_FIRST, query, ARTICLE_HISTORY_PER_PAGE);
}

/** A page of what happened to a story itself and to its ledger (facts accepted, renamed, merged, confirmed), newest first; its articles keep their own. */
export async function getStoryHistory(viewer: SessionUser, storyId: string, query: HistoryQuery = {}): Promise<Page<HistoryEntry>> {
  void viewer;
  const exists = await db.story.findUnique({ where: { id: storyId }, select: { id: true } });
  if (!exists) throw new NotFoundError("That story");
  return historyPage({ storyId }, NEWEST_FIRST, query, ARTICLE_HISTORY_PER_PAGE);
}
