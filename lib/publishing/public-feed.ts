import { gzipSync } from "node:zlib";
import { runBookkeeping } from "../changes/bookkeeping";
import { z } from "zod";
import { coalescedRead } from "../db/coalesced-read";
import { getPool } from "../db/client";
import { withDesk, type StoredClaimReview } from "./claim-reviews";
import { ensureFeedEntries } from "./feed-entries";
import { publicDesk } from "./public-desk";
import { etagOf } from "./render-public-page";
import { matchesEtag } from "../http/negotiation";
import { PUBLIC_CACHE_CONTROL, publicHeaders, type PublicAnswer } from "./serve-public";

export const FEED_PAGE_SIZE = 50;
/** Pages this process keeps ready; past that the least recently made goes (a crawler asking for page 9,000 fills nothing for long). */
const KEPT_PAGES = 200;

/** What the feed is now: its version (a new one with every publication and withdrawal) and the desk's settings' last change. */
interface FeedState {
  key: string;
  entries: number;
}

interface PreparedPage {
  key: string;
  answer: Promise<{ ok: PublicAnswer; notModified: PublicAnswer }>;
}

/**
 * Every request asks the database what the feed's version is, with one indexed read shared by
 * all who ask at the same moment (lib/db/coalesced-read.ts): a publication or withdrawal through
 * any server is in the very next answer of every server, and a crowd of readers costs one small
 * read per round trip. The pages themselves are made once per version, here.
 */
const readState = coalescedRead(async (): Promise<FeedState> => {
  const query = `SELECT f.version, f.entries, (SELECT max("updatedAt") FROM "Setting") AS "settingsAt" FROM "PublicFeed" f WHERE f.id = 1`;
  let { rows } = await getPool().query(query);
  if (!rows.length) {
    await runBookkeeping((tx) => ensureFeedEntries(tx), { timeout: 60_000 });
    ({ rows } = await getPool().query(query));
  }
  const { version, entries, settingsAt } = stateRow.parse(rows[0]);
  return { key: `${version}:${settingsAt?.getTime() ?? 0}`, entries };
});

const stateRow = z.object({ version: z.string(), entries: z.number().int(), settingsAt: z.date().nullable() });

/** A stored ClaimReview, as lib/publishing/feed-entries.ts keeps it. */
const entryRow = z.object({
  slug: z.string(),
  review: z.object({
    n: z.number().int(),
    claimReviewed: z.string(),
    datePublished: z.string(),
    reviewRating: z.object({ "@type": z.literal("Rating"), ratingValue: z.number().optional(), bestRating: z.literal(5), worstRating: z.literal(1), alternateName: z.string() }),
    itemReviewed: z.object({ "@type": z.literal("Claim"), appearance: z.record(z.string(), z.unknown()) }),
  }) satisfies z.ZodType<StoredClaimReview>,
});

const pages = new Map<number, PreparedPage>();

const pageCount = (entries: number) => Math.max(1, Math.ceil(entries / FEED_PAGE_SIZE));

/** One page of the feed as the public gets it: the body encoded and gzipped, its ETag, and its 304. */
async function preparePage(page: number, state: FeedState) {
  const desk = await publicDesk();
  // Beyond the last page there is nothing to read.
  const rows =
    page > pageCount(state.entries)
      ? []
      : (
          await getPool().query(`SELECT slug, review FROM "FeedEntry" ORDER BY "publishedAt" DESC, slug, position LIMIT $1 OFFSET $2`, [
            FEED_PAGE_SIZE,
            (page - 1) * FEED_PAGE_SIZE,
          ])
        ).rows.map((row) => entryRow.parse(row));
  const pagesNow = pageCount(state.entries);
  const body = JSON.stringify({
    "@context": "https://schema.org",
    publisher: { "@type": "Organization", name: desk.name, url: desk.baseUrl },
    page,
    pages: pagesNow,
    total: state.entries,
    next: page < pagesNow ? `${desk.baseUrl}/p/feed.json?page=${page + 1}` : null,
    items: rows.map((row) => withDesk(row.slug, row.review, desk)),
  });
  const headers = publicHeaders({ "Content-Type": "application/json; charset=utf-8", ETag: etagOf(body), "Cache-Control": PUBLIC_CACHE_CONTROL, Vary: "Accept-Encoding" });
  return { ok: { status: 200, headers, body, bytes: Buffer.from(body), gzipped: gzipSync(body) }, notModified: { status: 304, headers, body: "" } };
}

/**
 * `/p/feed.json?page=N`: the ClaimReviews of every report now published, newest publication
 * first, FEED_PAGE_SIZE to a page, with the address of the next page for aggregators. Read from
 * the feed's entries (lib/publishing/feed-entries.ts), one page at a time, never every publication.
 */
export async function answerFeed(page: number, ifNoneMatch: string | null): Promise<PublicAnswer> {
  const state = await readState();
  let prepared = pages.get(page);
  if (!prepared || prepared.key !== state.key) {
    // Everyone asking for this page of this version shares one making of it.
    prepared = { key: state.key, answer: preparePage(page, state) };
    pages.delete(page);
    pages.set(page, prepared);
    const made = prepared;
    made.answer.catch(() => pages.get(page) === made && pages.delete(page));
    if (pages.size > KEPT_PAGES) pages.delete(pages.keys().next().value!);
  }
  const { ok, notModified } = await prepared.answer;
  return matchesEtag(ifNoneMatch, ok.headers.ETag) ? notModified : ok;
}
