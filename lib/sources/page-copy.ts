import type { SessionUser } from "../auth/session";
import type { TextDiff } from "../text/text-diff";
import { diffForShowing } from "../workers/text-work-pool";
import { db } from "../db/client";
import type { CheckOutcome } from "../db/generated/client";
import { NotFoundError } from "../errors/domain-error";
import { assertCan } from "../policy/policy";
import { cleanArchiveHtml } from "../web/read-page";
import { describeOutcome } from "./check-outcome";

export interface PageCopyView {
  id: string;
  requestedUrl: string;
  finalUrl: string;
  httpStatus: number;
  contentHash: string;
  takenAt: string;
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  /** The readable part of the page, cleaned again for showing: nothing runs, submits, frames or loads. */
  html: string;
  /** What cites this copy: the source and its annotation's article, or the article imported from it. */
  citedBy: { kind: "source" | "article"; label: string; articleId: string; articleTitle: string }[];
  /** Every check of the source this copy belongs to, newest first. */
  checks: { outcome: CheckOutcome; message: string; checkedAt: string; checkedBy: string; copyId: string | null }[];
  /** The copy taken before this one for the same source, and how the text changed since. */
  previous: { id: string; takenAt: string; diff: TextDiff } | null;
}

/** One archived copy, for anyone on the desk (copies are evidence the desk reads). */
export async function getPageCopy(viewer: SessionUser, copyId: string): Promise<PageCopyView> {
  assertCan(viewer, "article.read");
  const copy = await db.pageArchive.findUnique({
    where: { id: copyId },
    include: {
      checks: { select: { sourceId: true }, take: 1 },
      articles: { select: { id: true, title: true } },
    },
  });
  if (!copy) throw new NotFoundError("That archived copy");
  const sourceId = copy.checks[0]?.sourceId;
  const source = sourceId
    ? await db.source.findUnique({
        where: { id: sourceId },
        select: {
          title: true,
          url: true,
          annotation: { select: { article: { select: { id: true, title: true } } } },
          checks: {
            orderBy: { checkedAt: "desc" },
            select: { outcome: true, problem: true, checkedAt: true, archiveId: true, checkedBy: { select: { name: true } }, archive: { select: { finalUrl: true } } },
          },
        },
      })
    : null;
  const checks = source?.checks ?? [];
  const own = checks.findIndex((check) => check.archiveId === copy.id);
  const earlier = own >= 0 ? checks.slice(own + 1).find((check) => check.archiveId !== null) : undefined;
  const previousCopy = earlier?.archiveId ? await db.pageArchive.findUnique({ where: { id: earlier.archiveId }, select: { id: true, takenAt: true, text: true } }) : null;
  const diff = previousCopy ? await diffForShowing(previousCopy.text, copy.text) : null;

  return {
    id: copy.id,
    requestedUrl: copy.requestedUrl,
    finalUrl: copy.finalUrl,
    httpStatus: copy.httpStatus,
    contentHash: copy.contentHash,
    takenAt: copy.takenAt.toISOString(),
    title: copy.title,
    publisher: copy.publisher,
    publishedAt: copy.publishedAt,
    html: cleanArchiveHtml(copy.html),
    citedBy: [
      ...(source ? [{ kind: "source" as const, label: source.title || source.url || "a source", articleId: source.annotation.article.id, articleTitle: source.annotation.article.title }] : []),
      ...copy.articles.map((article) => ({ kind: "article" as const, label: article.title, articleId: article.id, articleTitle: article.title })),
    ],
    checks: checks.map((check) => ({
      outcome: check.outcome,
      message: check.problem ? `${describeOutcome(check.outcome)} ${check.problem}` : describeOutcome(check.outcome, check.archive?.finalUrl),
      checkedAt: check.checkedAt.toISOString(),
      checkedBy: check.checkedBy.name,
      copyId: check.archiveId,
    })),
    previous: previousCopy && diff ? { id: previousCopy.id, takenAt: previousCopy.takenAt.toISOString(), diff } : null,
  };
}
