import { createHash } from "node:crypto";
import { fetchPage, type FetchOptions } from "../web/fetch-page";
import { FetchProblem } from "../web/fetch-problem";
import { readPageOffThread } from "../workers/text-work-pool";

/** One page as fetched and read: what a PageArchive row holds, less who took it. */
export interface PageCapture {
  requestedUrl: string;
  finalUrl: string;
  httpStatus: number;
  contentHash: string;
  text: string;
  html: string;
  title: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  canonicalUrl: string | null;
  takenAt: Date;
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A plain-text page's paragraphs, as text and as the HTML an archived copy shows. */
function readPlainText(body: string) {
  const paragraphs = body.replace(/\r\n?/g, "\n").split(/\n\s*\n/).map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean);
  return { text: paragraphs.join("\n\n"), html: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n") };
}

/**
 * Fetches an address with the careful fetcher and reads it. The hash is of the readable text,
 * not the raw bytes: a news page's markup changes on every load (ads, tokens, timestamps), and
 * "changed" should mean the words a checker cited changed. Throws FetchProblem, including for a
 * page with no readable text, since such a copy would prove nothing, and for a page too large or
 * too slow to read (PageReadRefused). The reading runs in the text pool, off the event loop; a full
 * pool is a ServiceBusyError.
 */
export async function capturePage(address: string, options?: FetchOptions): Promise<PageCapture> {
  const page = await fetchPage(address, options);
  const read = page.contentType === "text/plain" ? { ...readPlainText(page.text), title: null, publisher: null, author: null, publishedAt: null, canonicalUrl: null } : await readPageOffThread(page.text, page.url);
  if (!read.text.trim()) {
    throw new FetchProblem("failed", "The page has no readable text (it may show its words only with JavaScript, or be an index of links), so there is nothing to archive.");
  }
  return {
    requestedUrl: page.requestedUrl,
    finalUrl: page.url,
    httpStatus: page.status,
    contentHash: createHash("sha256").update(read.text).digest("hex"),
    text: read.text,
    html: read.html,
    title: read.title,
    publisher: read.publisher,
    author: read.author,
    publishedAt: read.publishedAt,
    canonicalUrl: read.canonicalUrl,
    takenAt: page.fetchedAt,
  };
}
