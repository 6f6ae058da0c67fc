import type { SessionUser } from "../../auth/session";
import { PayloadTooLargeError, ValidationError } from "../../errors/domain-error";
import { assertCan } from "../../policy/policy";
import { fetchPage, FetchProblem, type FetchedPage } from "../../web/fetch-page";
import { importClaimReviews, type ClaimImportResult } from "./import-claim-reviews";
import { jsonLdBlocks } from "./page-markup";
import { MAX_IMPORTED_REVIEWS, parseJsonDocument, readClaimReviews } from "./read-claim-reviews";

/** The most bytes one fetched page or page of a feed may have. */
export const MAX_IMPORT_BYTES = 2_000_000;
/** A Factmark feed has 50 reviews a page: the pages one import may follow. */
const MAX_FEED_PAGES = Math.ceil(MAX_IMPORTED_REVIEWS / 50);

async function fetchOne(address: string): Promise<FetchedPage> {
  try {
    return await fetchPage(address, { json: true, maxBytes: MAX_IMPORT_BYTES });
  } catch (error) {
    if (error instanceof FetchProblem && error.tooLarge) {
      throw new PayloadTooLargeError(`That is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB, more than one import takes: nothing was imported.`);
    }
    throw error instanceof FetchProblem ? new ValidationError(`${error.message} Nothing was imported.`) : error;
  }
}

interface FeedPage {
  items: unknown[];
  next?: unknown;
  total?: unknown;
  publisher?: unknown;
}

const isFeed = (value: unknown): value is FeedPage =>
  typeof value === "object" && value !== null && Array.isArray((value as FeedPage).items) && ("next" in value || "pages" in value || "total" in value);

/**
 * Imports the checks at an address: another Factmark desk's feed (/p/feed.json: every page,
 * following `next` on the same site, refused whole when it holds more than one import takes), a
 * JSON or JSON-LD file of ClaimReviews, or a web page's ClaimReview markup. Fetched through the
 * careful fetcher (lib/web): public addresses only, size and time bounded. Nothing is imported
 * unless all of it reads (read-claim-reviews.ts).
 */
export async function importFromWeb(actor: SessionUser, address: string): Promise<ClaimImportResult> {
  assertCan(actor, "claims.import");
  const first = await fetchOne(address);
  if (first.contentType === "application/json" || first.contentType === "application/ld+json") {
    const document = parseJsonDocument(first.text, "That address's answer");
    if (!isFeed(document)) return importClaimReviews(actor, readClaimReviews(document), { kind: "page", name: first.url });
    const total = Number(document.total);
    if (Number.isFinite(total) && total > MAX_IMPORTED_REVIEWS) {
      throw new PayloadTooLargeError(`That feed holds ${total.toLocaleString("en")} reviews, more than the ${MAX_IMPORTED_REVIEWS.toLocaleString("en")} one import takes: nothing was imported.`);
    }
    const pages: FeedPage[] = [document];
    const origin = new URL(first.url).origin;
    for (let next = document.next; typeof next === "string" && next; next = pages[pages.length - 1].next) {
      if (pages.length >= MAX_FEED_PAGES) throw new PayloadTooLargeError(`That feed goes on past ${MAX_FEED_PAGES} pages, more than one import takes: nothing was imported.`);
      let url: URL;
      try {
        url = new URL(next, first.url);
      } catch {
        throw new ValidationError("The feed's next page is not a web address: nothing was imported.");
      }
      if (url.origin !== origin) throw new ValidationError("The feed's next page is on another site: nothing was imported.");
      const page = parseJsonDocument((await fetchOne(url.href)).text, "A page of that feed");
      if (!isFeed(page)) throw new ValidationError("A page of that feed is not a feed page: nothing was imported.");
      pages.push(page);
    }
    const reviews = readClaimReviews(pages.map((page) => ({ publisher: page.publisher, items: page.items })));
    return importClaimReviews(actor, reviews, { kind: "feed", name: first.url });
  }
  const blocks = first.contentType === "text/plain" ? [] : jsonLdBlocks(first.text);
  if (blocks.length === 0) throw new ValidationError("That page has no JSON-LD markup, so no ClaimReview to import: nothing was imported.");
  return importClaimReviews(actor, readClaimReviews(blocks), { kind: "page", name: first.url });
}
