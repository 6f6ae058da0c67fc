import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { NotFoundError } from "../errors/domain-error";

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
  before: true,
  after: true,
  createdAt: true,
  actor: { select: { id: true, name: true } },
  annotation: { select: { id: true, exact: true } },
} as const;

type Row = { id: string; action: string; before: unknown; after: unknown; createdAt: Date; actor: { id: string; name: string }; annotation: { id: string; exact: string } | null };

const toEntry = ({ createdAt, ...row }: Row): HistoryEntry => ({ ...row, at: createdAt.toISOString() });

/** An annotation's audit trail, oldest first. Readable by everyone on the desk; never editable. */
export async function getAnnotationHistory(viewer: SessionUser, annotationId: string): Promise<HistoryEntry[]> {
  void viewer;
  const exists = await db.annotation.findUnique({ where: { id: annotationId }, select: { id: true } });
  if (!exists) throw new NotFoundError("That annotation");
  const rows = await db.activity.findMany({ where: { annotationId }, orderBy: { createdAt: "asc" }, select: entrySelect });
  return rows.map(toEntry);
}

/** Everything that happened on an article and its annotations, newest first. */
export async function getArticleHistory(viewer: SessionUser, articleId: string, limit = 300): Promise<HistoryEntry[]> {
  void viewer;
  const exists = await db.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!exists) throw new NotFoundError("That article");
  const rows = await db.activity.findMany({ where: { articleId }, orderBy: { createdAt: "desc" }, take: limit, select: entrySelect });
  return rows.map(toEntry);
}
