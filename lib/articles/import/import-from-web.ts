import type { SessionUser } from "../../auth/session";
import { db } from "../../db/client";
import { NotFoundError, UnprocessableError, ValidationError } from "../../errors/domain-error";
import { capturePage } from "../../sources/capture-page";
import { FetchProblem } from "../../web/fetch-problem";
import { PageReadRefused } from "../../workers/text-work-pool";
import { findSameAddress, importArticle } from "./import-article";
import { chargePreview, withPreviewPlace } from "./preview-limit";

/** What the person imports: the preview's copy, with the details as they corrected them (lib/validation/article-schemas.ts). */
export interface WebArticleImportInput {
  archiveId: string;
  title: string;
  outlet?: string;
  publishedAt?: string;
  allowDuplicate?: boolean;
  /** The desk's own article: a publication may carry its full text (editors only). */
  deskOwned?: boolean;
}

export interface WebArticlePreview {
  /** The copy taken for this preview: importing refers to it, so the article is what was shown. */
  archiveId: string;
  /** The page's own address for itself (canonical), else where it was found. */
  url: string;
  title: string;
  outlet: string;
  publishedAt: string | null;
  text: string;
  /** An article of the story at the same address, so the person is asked before importing again. */
  duplicateOf: { id: string; title: string } | null;
}

/**
 * Fetches an article's page and reads it for the import form's preview: title, outlet, date and
 * text as the page gives them, and a copy kept so the import is exactly what was previewed. A
 * page that cannot be fetched is refused (400) with the fetcher's reason; one too large or too
 * slow to read, with 422. Previews are limited per person and per instance (preview-limit.ts).
 */
export async function previewWebArticle(actor: SessionUser, storyId: string, address: string): Promise<WebArticlePreview> {
  const story = await db.story.findUnique({ where: { id: storyId }, select: { archivedAt: true } });
  if (!story) throw new NotFoundError("That story");
  if (story.archivedAt) throw new ValidationError("That story is archived. Restore it before importing into it.");
  await chargePreview(actor.id);
  const page = await withPreviewPlace(() => capturePage(address)).catch((error) => {
    if (error instanceof PageReadRefused) throw new UnprocessableError(error.message);
    throw error instanceof FetchProblem ? new ValidationError(error.message) : error;
  });
  const copy = await db.pageArchive.create({ data: { ...page, createdById: actor.id } });
  const url = page.canonicalUrl ?? page.finalUrl;
  return {
    archiveId: copy.id,
    url,
    title: page.title ?? "",
    outlet: page.publisher ?? "",
    publishedAt: page.publishedAt,
    text: page.text,
    duplicateOf: await findSameAddress(db, storyId, [url, page.finalUrl, page.requestedUrl]),
  };
}

/** Imports a previewed page: its cleaned HTML goes through the same import as an uploaded page. */
export async function importWebArticle(actor: SessionUser, storyId: string, input: WebArticleImportInput) {
  const copy = await db.pageArchive.findUnique({ where: { id: input.archiveId } });
  // Only the person's own previews: a copy id is not a way to import what someone else fetched.
  if (!copy || copy.createdById !== actor.id) throw new NotFoundError("That preview");
  const url = copy.canonicalUrl ?? copy.finalUrl;
  return importArticle(
    actor,
    storyId,
    { title: input.title, outlet: input.outlet, url, publishedAt: input.publishedAt, format: "html", allowDuplicate: input.allowDuplicate ?? false, deskOwned: input.deskOwned ?? false },
    copy.html,
    { archiveId: copy.id, otherUrls: [copy.finalUrl, copy.requestedUrl] },
  );
}
