import { buildTextIndex } from "../../anchoring/text-index";
import type { SessionUser } from "../../auth/session";
import { runChange } from "../../changes/run-change";
import type { Tx } from "../../db/client";
import { samePageAddress } from "../../web/page-address";
import { ConflictError, NotFoundError, ValidationError } from "../../errors/domain-error";
import { assertCan } from "../../policy/policy";
import type { ArticleImportFields } from "../../validation/article-schemas";
import { docFromParagraphs, paragraphsFromPlainText, type DocNode } from "../../text/plain-text";
import { htmlToDoc } from "../../text/html-to-doc";
import { markdownToDoc } from "./markdown-to-doc";
import { refreshSuggestions } from "../../suggestions/refresh-suggestions";

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** Which format a file is, from its name; null for anything Factmark does not import. */
export function formatForFile(name: string): ArticleImportFields["format"] | null {
  const extension = name.toLowerCase().split(".").pop();
  if (extension === "txt") return "text";
  if (extension === "md" || extension === "markdown") return "markdown";
  if (extension === "html" || extension === "htm") return "html";
  return null;
}

/** Bytes to text, refusing what is not UTF-8 text (a byte-order mark is dropped). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new ValidationError(`The file is larger than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB limit. Import a shorter text.`);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ValidationError("The file is not valid UTF-8 text. Save it as UTF-8 (or plain text) and try again.");
  }
  if (text.includes("\u0000")) throw new ValidationError("The file looks like a binary file, not text.");
  return text.replace(/^\uFEFF/, "");
}

/** An article of the story at the same page address as any of `urls`, if there is one. */
export async function findSameAddress(tx: Tx, storyId: string, urls: (string | null | undefined)[]) {
  const wanted = new Set(urls.flatMap((url) => (url ? [samePageAddress(url)] : [])));
  if (wanted.size === 0) return null;
  const articles = await tx.article.findMany({ where: { storyId, url: { not: null } }, select: { id: true, title: true, url: true } });
  const match = articles.find((article) => wanted.has(samePageAddress(article.url!)));
  return match ? { id: match.id, title: match.title } : null;
}

function toDoc(format: ArticleImportFields["format"], source: string): DocNode {
  if (format === "html") return htmlToDoc(source);
  if (format === "markdown") return markdownToDoc(source);
  return docFromParagraphs(paragraphsFromPlainText(source));
}

/**
 * Imports one article into a story: its text becomes the article's version 1. The same address
 * (any of `otherUrls` too: where a fetched page was found, its canonical address) or the same
 * text already in the story is refused with a 409 that names the twin, unless `allowDuplicate`.
 * The article, its first version and the audit record are written together or not at all.
 */
export async function importArticle(
  actor: SessionUser,
  storyId: string,
  fields: Omit<ArticleImportFields, "deskOwned"> & { deskOwned?: boolean },
  source: string,
  options: { archiveId?: string; otherUrls?: string[] } = {},
) {
  // Whether a publication may carry the whole text is an editor's call, like what it says.
  if (fields.deskOwned) assertCan(actor, "article.markOwn");
  const content = toDoc(fields.format, source);
  const { text } = buildTextIndex(content);
  if (!text.trim()) {
    throw new ValidationError(
      fields.format === "html" ? "The page has no article text once scripts, styles and markup are removed." : "The article has no text.",
    );
  }
  // The article is new: there is no article lock to take yet, and its feed starts with this import.
  return runChange(actor, { desk: true }, async ({ tx, record }) => {
    const story = await tx.story.findUnique({ where: { id: storyId }, select: { id: true, archivedAt: true } });
    if (!story) throw new NotFoundError("That story");
    if (story.archivedAt) throw new ValidationError("That story is archived. Restore it before importing into it.");
    if (!fields.allowDuplicate) {
      const sameAddress = await findSameAddress(tx, storyId, [fields.url, ...(options.otherUrls ?? [])]);
      if (sameAddress) throw new ConflictError(`The same address is already in this story as “${sameAddress.title}”.`, { duplicateOf: sameAddress });
      const twin = await tx.article.findFirst({ where: { storyId, text }, select: { id: true, title: true } });
      if (twin) throw new ConflictError(`The same text is already in this story as “${twin.title}”.`, { duplicateOf: twin });
    }
    const last = await tx.article.findFirst({ where: { storyId }, orderBy: { position: "desc" }, select: { position: true } });
    const article = await tx.article.create({
      data: {
        storyId,
        title: fields.title,
        outlet: fields.outlet ?? null,
        url: fields.url ?? null,
        archiveId: options.archiveId ?? null,
        publishedAt: fields.publishedAt ? new Date(`${fields.publishedAt}T00:00:00Z`) : null,
        text,
        content: content as object,
        position: (last?.position ?? -1) + 1,
        importerId: actor.id,
        deskOwned: fields.deskOwned ?? false,
        versions: { create: { version: 1, text, content: content as object, createdById: actor.id } },
      },
      select: { id: true, title: true },
    });
    await refreshSuggestions(tx, { id: article.id, text, version: 1 });
    await record({
      action: "article.imported",
      entityId: article.id,
      articleId: article.id,
      after: { title: fields.title, format: fields.format, characters: text.length, deskOwned: fields.deskOwned ?? false },
    });
    return article;
  });
}
