import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { NotFoundError } from "../errors/domain-error";
import type { TextDiff } from "../text/text-diff";
import { diffTextsOffThread } from "../workers/text-work-pool";

export async function listArticleVersions(viewer: SessionUser, articleId: string) {
  void viewer;
  const versions = await db.articleVersion.findMany({
    where: { articleId },
    orderBy: { version: "desc" },
    select: { version: true, createdAt: true, createdBy: { select: { id: true, name: true } } },
  });
  if (!versions.length) throw new NotFoundError("That article");
  return versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() }));
}

/** The word-level changes from version `from` to version `to` of an article. */
export async function diffArticleVersions(viewer: SessionUser, articleId: string, from: number, to: number): Promise<TextDiff> {
  void viewer;
  const rows = await db.articleVersion.findMany({ where: { articleId, version: { in: [from, to] } }, select: { version: true, text: true } });
  const before = rows.find((r) => r.version === from);
  const after = rows.find((r) => r.version === to);
  if (!before || !after) throw new NotFoundError("That version");
  return diffTextsOffThread(before.text, after.text);
}
