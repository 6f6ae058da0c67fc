import type { TextDiff } from "../text/text-diff";
import { diffForShowing } from "../workers/text-work-pool";
import { runChange, type ArticleChange } from "../changes/run-change";
import { db } from "../db/client";
import type { CheckOutcome } from "../db/generated/client";
import { NotFoundError, ServiceBusyError, ValidationError } from "../errors/domain-error";
import { getAnnotation } from "../annotations/get-annotation";
import type { AnnotationView } from "../annotations/annotation-view";
import type { SessionUser } from "../auth/session";
import { assertCan } from "../policy/policy";
import type { FetchOptions } from "../web/fetch-page";
import { FetchProblem } from "../web/fetch-problem";
import { capturePage, type PageCapture } from "./capture-page";
import { checkOutcome, describeOutcome } from "./check-outcome";

/** What one fetch of a source's address found, as the panel shows it. */
export interface SourceCheckResult {
  sourceId: string;
  outcome: CheckOutcome;
  /** The outcome in words, with the fetcher's reason when the page could not be read. */
  message: string;
  checkedAt: string;
  /** The copy this check took, when it read the page. */
  copy: { id: string; takenAt: string; finalUrl: string } | null;
  /** The readable text's changes since the copy before (changed or moved pages only). */
  diff: TextDiff | null;
}

type Capture = { page: PageCapture; problem: null } | { page: null; problem: FetchProblem };

async function capture(url: string, options?: FetchOptions): Promise<Capture> {
  try {
    return { page: await capturePage(url, options), problem: null };
  } catch (error) {
    if (error instanceof FetchProblem) return { page: null, problem: error };
    if (error instanceof ServiceBusyError) return { page: null, problem: new FetchProblem("failed", error.message) };
    // A fault of Factmark's, not the page's: logged for the desk's admin, told as a failure.
    console.error(`Could not archive ${url}.`, error);
    return { page: null, problem: new FetchProblem("failed", "Factmark could not archive the page because of an error on its side. Try again.") };
  }
}

/** The empty fields a first copy fills in: a checker's own words are never replaced. */
function filledFields(source: { title: string; publisher: string; accessedAt: Date | null }, page: PageCapture) {
  return {
    ...(source.title.trim() === "" && page.title ? { title: page.title.slice(0, 500) } : {}),
    ...(source.publisher.trim() === "" && page.publisher ? { publisher: page.publisher.slice(0, 200) } : {}),
    ...(source.accessedAt === null ? { accessedAt: new Date(`${page.takenAt.toISOString().slice(0, 10)}T00:00:00Z`) } : {}),
  };
}

async function writeCheck({ tx, actor, record }: ArticleChange, sourceId: string, url: string, { page, problem: fetchProblem }: Capture) {
  const actorId = actor.id;
  const source = await tx.source.findUnique({
    where: { id: sourceId },
    include: { copy: { select: { finalUrl: true, contentHash: true, text: true } }, annotation: { select: { articleId: true } } },
  });
  // Removed, or pointed elsewhere, while the page was fetched: this copy is of nothing it cites.
  if (!source || source.url !== url) return null;
  const outcome = checkOutcome(source.copy, page ? { ok: true, ...page } : { ok: false, problem: fetchProblem });
  const problem = fetchProblem?.message ?? null;
  const copy = page ? await tx.pageArchive.create({ data: { ...page, createdById: actorId } }) : null;
  const check = await tx.sourceCheck.create({ data: { sourceId, outcome, problem, archiveId: copy?.id ?? null, checkedById: actorId } });
  const hadCopy = source.copy !== null;
  await tx.source.update({
    where: { id: sourceId },
    data: {
      ...(page && !hadCopy ? filledFields(source, page) : {}),
      ...(copy ? { copyId: copy.id } : {}),
      archiveState: copy || hadCopy ? "ARCHIVED" : "FAILED",
      archiveProblem: copy || hadCopy ? null : problem,
      archiveRequestedAt: null,
    },
  });
  await record({
    action: hadCopy ? "source.checked" : "source.archived",
    entityId: sourceId,
    annotationId: source.annotationId,
    after: { outcome, finalUrl: page?.finalUrl ?? null, contentHash: page?.contentHash ?? null, problem },
  });
  // Compared once the transaction is over: the comparison may wait for a thread.
  const compare = page && source.copy && source.copy.contentHash !== page.contentHash ? { before: source.copy.text, after: page.text } : null;
  const result = {
    sourceId,
    outcome,
    message: problem ? `${describeOutcome(outcome)} ${problem}` : describeOutcome(outcome, page?.finalUrl),
    checkedAt: check.checkedAt.toISOString(),
    copy: copy && { id: copy.id, takenAt: copy.takenAt.toISOString(), finalUrl: copy.finalUrl },
  } satisfies Omit<SourceCheckResult, "diff">;
  return { result, compare };
}

/**
 * Fetches a web source's address and keeps what it found: a copy when the page could be read,
 * and always a check record with the outcome against the copy before. The first copy fills in
 * the title, publisher and accessed date the checker left empty. The fetch happens outside any
 * transaction (it may take ten seconds); the record is written under the article's change lock
 * and announced on its live feed. Returns null when the source went away meanwhile.
 */
export async function checkSource(sourceId: string, actorId: string, options?: FetchOptions): Promise<SourceCheckResult | null> {
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { url: true, annotation: { select: { articleId: true } } } });
  if (!source?.url) return null;
  const captured = await capture(source.url, options);
  const written = await runChange({ id: actorId }, { article: source.annotation.articleId }, (change) => writeCheck(change, sourceId, source.url!, captured));
  if (!written) return null;
  return { ...written.result, diff: written.compare && (await diffForShowing(written.compare.before, written.compare.after)) };
}

/**
 * "Check again" (or, for a source without a copy, "Try again"): fetches now and answers with the
 * outcome and the annotation as it is afterwards. Anyone on the desk may: a check changes nothing
 * anyone wrote, only adds to the record.
 */
export async function checkSourceNow(actor: SessionUser, sourceId: string): Promise<{ check: SourceCheckResult; annotation: AnnotationView }> {
  assertCan(actor, "source.check");
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { url: true, annotationId: true } });
  if (!source) throw new NotFoundError("That source");
  if (!source.url) throw new ValidationError("This source links another annotation; only web pages are archived.");
  const check = await checkSource(sourceId, actor.id);
  if (!check) throw new NotFoundError("That source");
  return { check, annotation: await getAnnotation(actor, source.annotationId) };
}

// For the job queue's archiving (lib/sources/archive-source-job.ts), which fetches first and
// records only once it knows the failure is not one to retry.
export { capture as captureSourcePage, writeCheck as writeSourceCheck };
