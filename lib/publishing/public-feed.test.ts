import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createArticle, createUser, publishAsPreviewed } from "@/tests/factories";
import { createAnnotation } from "../annotations/create-annotation";
import { runBookkeeping } from "../changes/bookkeeping";
import { db } from "../db/client";
import { reviewAnnotation } from "../review/review-annotation";
import { getSettings, updateSettings } from "../settings/settings";
import { answerFeed, FEED_PAGE_SIZE } from "./public-feed";
import { answerPublicRequest } from "./public-routes";
import { withdrawReport } from "./publish";

afterAll(() => db.$disconnect());

type User = Awaited<ReturnType<typeof createUser>>;

const feedPage = async (page: number, answer = answerFeed) => JSON.parse((await answer(page, null)).body) as { page: number; pages: number; total: number; next: string | null; items: { claimReviewed: string; url: string }[] };

/** An article whose every sentence is a claim the editor approved as false, ready to publish. */
async function reportWithClaims(annotator: User, editor: User, label: string, count: number) {
  const sentences = Array.from({ length: count }, (_, i) => `${label} claim ${i + 1} of ${count} was said.`);
  const article = await createArticle(sentences);
  for (const sentence of sentences) {
    const words = sentence.slice(0, -1);
    const start = article.text.indexOf(words);
    const made = await createAnnotation(annotator, article.id, { kind: "CLAIM", start, end: start + words.length, exact: words });
    const submitted = await reviewAnnotation(annotator, made.id, { action: "SUBMIT", version: made.version });
    await reviewAnnotation(editor, made.id, { action: "APPROVE", version: submitted.version, verdict: { kind: "CLAIM", rating: "FALSE" } });
  }
  return { type: "article" as const, id: article.id };
}

const people = async () => ({ annotator: await createUser("ANNOTATOR"), editor: await createUser("EDITOR") });

describe("the public feed", () => {
  // Fifty-one claims, each made, submitted and approved through the app: slow on a busy machine.
  it("pages the ClaimReviews of the reports now published, newest publication first, with the next page's address", async () => {
    const { annotator, editor } = await people();
    const older = await publishAsPreviewed(editor, await reportWithClaims(annotator, editor, "Older", FEED_PAGE_SIZE + 1));
    await publishAsPreviewed(editor, await reportWithClaims(annotator, editor, "Newer", 1));

    const first = await feedPage(1);
    expect(first.items).toHaveLength(FEED_PAGE_SIZE);
    expect(first.items.slice(0, 3).map((i) => i.claimReviewed)).toEqual([`Newer claim 1 of 1 was said`, `Older claim 1 of ${FEED_PAGE_SIZE + 1} was said`, `Older claim 2 of ${FEED_PAGE_SIZE + 1} was said`]);
    expect(first.items[1].url).toMatch(new RegExp(`/p/${older.slug}#item-1$`));
    expect(first.next).toMatch(/\/p\/feed\.json\?page=2$/);
    expect(first.total).toBeGreaterThanOrEqual(FEED_PAGE_SIZE + 2);
    expect(first.pages).toBe(Math.ceil(first.total / FEED_PAGE_SIZE));

    const second = await feedPage(2);
    expect(second.items.slice(0, 2).map((i) => i.claimReviewed)).toEqual([`Older claim ${FEED_PAGE_SIZE} of ${FEED_PAGE_SIZE + 1} was said`, `Older claim ${FEED_PAGE_SIZE + 1} of ${FEED_PAGE_SIZE + 1} was said`]);
    const last = await feedPage(first.pages);
    expect(last.next).toBeNull();
    expect(last.items.length).toBeGreaterThan(0);
    expect(last.items.length).toBeLessThanOrEqual(FEED_PAGE_SIZE);
    const beyond = await feedPage(first.pages + 1);
    expect(beyond).toMatchObject({ items: [], next: null, total: first.total });
  }, 120_000);

  it("answers a page with an ETag, 304 to a reader who has it, and a new ETag once the page changed", async () => {
    const { annotator, editor } = await people();
    await publishAsPreviewed(editor, await reportWithClaims(annotator, editor, "Tagged", 1));
    const url = new URL("http://localhost/p/feed.json?page=1");
    const page = (await answerPublicRequest("GET", url, null))!;
    expect(page.status).toBe(200);
    expect(page.headers).toMatchObject({ "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=0, s-maxage=60", Vary: "Accept-Encoding" });
    expect(page.headers.ETag).toMatch(/^"[\w-]+"$/);
    expect(page.gzipped!.length).toBeLessThan(page.bytes!.length);

    const again = (await answerPublicRequest("GET", url, `"something-else", ${page.headers.ETag}`))!;
    expect(again.status).toBe(304);
    expect(again.body).toBe("");
    expect(again.headers.ETag).toBe(page.headers.ETag);
    // Each page has an ETag of its own: page 1's is no 304 for page 2.
    expect((await answerPublicRequest("GET", new URL("http://localhost/p/feed.json?page=2"), page.headers.ETag))!.status).toBe(200);

    await publishAsPreviewed(editor, await reportWithClaims(annotator, editor, "Changed", 1));
    const changed = (await answerPublicRequest("GET", url, page.headers.ETag))!;
    expect(changed.status).toBe(200);
    expect(changed.headers.ETag).not.toBe(page.headers.ETag);
    expect(JSON.parse(changed.body).items[0].claimReviewed).toBe("Changed claim 1 of 1 was said");
  });

  it("shows a publication and a withdrawal in the very next answer of another server, which holds pages of its own", async () => {
    const { annotator, editor } = await people();
    // Its own words, so a report published by an earlier run on the same database is not mistaken for it.
    const label = `Elsewhere ${randomUUID().slice(0, 8)}`;
    const subject = await reportWithClaims(annotator, editor, label, 2);
    // Another copy of the module: a server of its own, with its own memory of pages, warmed before the publication.
    vi.resetModules();
    const other = (await import("./public-feed")).answerFeed;
    const before = await feedPage(1, other);
    expect(before.items.map((i) => i.claimReviewed)).not.toContain(`${label} claim 1 of 2 was said`);

    await publishAsPreviewed(editor, subject);
    const published = await feedPage(1, other);
    expect(published.items.slice(0, 2).map((i) => i.claimReviewed)).toEqual([`${label} claim 1 of 2 was said`, `${label} claim 2 of 2 was said`]);
    expect(published.total).toBe(before.total + 2);

    await withdrawReport(editor, subject);
    const withdrawn = await feedPage(1, other);
    expect(withdrawn.items.map((i) => i.claimReviewed)).not.toContain(`${label} claim 1 of 2 was said`);
    expect(withdrawn.total).toBe(before.total);
    expect((await feedPage(1)).items).toEqual(withdrawn.items);

    // Published again (a correction): back at the top, once, with its new publication's date.
    await publishAsPreviewed(editor, subject, { note: "Put back after checking" });
    const back = await feedPage(1, other);
    expect(back.items.filter((i) => i.claimReviewed.startsWith(label))).toHaveLength(2);
    expect(back.items[0].claimReviewed).toBe(`${label} claim 1 of 2 was said`);
  });

  it("names the desk as its settings now say, from the next answer on", async () => {
    const admin = await createUser("ADMIN");
    const before = await getSettings();
    const page = (await answerFeed(1, null)).headers.ETag;
    try {
      await updateSettings(admin, { publicName: "The Renamed Desk", publicBaseUrl: "https://checks.example.org" });
      const renamed = await answerFeed(1, page);
      expect(renamed.status).toBe(200);
      const feed = JSON.parse(renamed.body);
      expect(feed.publisher).toEqual({ "@type": "Organization", name: "The Renamed Desk", url: "https://checks.example.org" });
      expect(feed.items[0].author.name).toBe("The Renamed Desk");
      expect(feed.items[0].url).toMatch(/^https:\/\/checks\.example\.org\/p\//);
    } finally {
      await updateSettings(admin, { publicName: before.publicName, publicBaseUrl: before.publicBaseUrl });
    }
  });

  it("refuses a page that is not a whole number from 1, saying why, and says nothing else", async () => {
    for (const [query, message] of [
      ["page=0", "Pages start at 1."],
      ["page=two", "The page must be a number."],
      ["page=1.5", "The page must be a whole number."],
      ["page=100001", "There are not that many pages."],
    ]) {
      const answer = (await answerPublicRequest("GET", new URL(`http://localhost/p/feed.json?${query}`), null))!;
      expect(answer.status, query).toBe(400);
      expect(JSON.parse(answer.body).error, query).toContain(message);
      expect(answer.body, query).not.toContain("ClaimReview");
    }
  });

  it("makes itself from the publications when its table is new (after the migration): the latest of each report, none withdrawn", async () => {
    const { annotator, editor } = await people();
    const kept = await reportWithClaims(annotator, editor, "Kept", 1);
    const gone = await reportWithClaims(annotator, editor, "Gone", 1);
    await publishAsPreviewed(editor, kept);
    await publishAsPreviewed(editor, gone);
    await withdrawReport(editor, gone);
    const expected = await feedPage(1);
    await runBookkeeping(async (tx) => {
      await tx.feedEntry.deleteMany({});
      await tx.publicFeed.deleteMany({});
    });

    const rebuilt = await feedPage(1);
    expect(rebuilt).toEqual(expected);
    expect(rebuilt.items[0].claimReviewed).toBe("Kept claim 1 of 1 was said");
    expect(rebuilt.items.map((i) => i.claimReviewed)).not.toContain("Gone claim 1 of 1 was said");
    expect(await db.feedEntry.count()).toBe(rebuilt.total);
  });
});
