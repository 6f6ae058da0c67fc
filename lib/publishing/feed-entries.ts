import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Tx } from "../db/client";
import { storedClaimReviews } from "./claim-reviews";
import type { PublicReport } from "./public-report";
import { publicArticleFields, publicItemSchema } from "./public-report-schema";

/**
 * Publications and withdrawals of different reports may commit at once; the feed's entries and
 * its count must follow each other, so its writers take turns (publishing is rare).
 */
const lockFeed = (tx: Tx) => tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('factmark:public-feed'))`;

const entriesOf = (slug: string, publication: { publishedAt: Date; report: PublicReport }) =>
  storedClaimReviews(publication).map((review, position) => ({ slug, position, publishedAt: publication.publishedAt, review: review as object }));

/**
 * Puts a report's new publication in the public feed in place of its earlier one, or takes it
 * out (`current` null: withdrawn), in the transaction that publishes or withdraws it, and gives
 * the feed a new version, so every server's next answer shows it (lib/publishing/public-feed.ts).
 */
export async function updateFeedEntries(tx: Tx, slug: string, current: { publishedAt: Date; report: PublicReport } | null): Promise<void> {
  await lockFeed(tx);
  if (!(await tx.publicFeed.findUnique({ where: { id: 1 }, select: { id: true } }))) {
    // The first write since the feed's table was made: it starts from every report now published.
    await rebuildFeedEntries(tx);
    return;
  }
  const removed = await tx.feedEntry.deleteMany({ where: { slug } });
  const added = current ? entriesOf(slug, current) : [];
  if (added.length) await tx.feedEntry.createMany({ data: added });
  await tx.publicFeed.update({ where: { id: 1 }, data: { version: randomUUID(), entries: { increment: added.length - removed.count } } });
}

/** Makes the feed from the publications if it was never made (the first request after the migration; servers take turns). */
export async function ensureFeedEntries(tx: Tx): Promise<void> {
  await lockFeed(tx);
  if (!(await tx.publicFeed.findUnique({ where: { id: 1 }, select: { id: true } }))) await rebuildFeedEntries(tx);
}

/** A publication's latest snapshot as the feed reads it: the articles without their text. */
const latestRow = z.object({
  slug: z.string(),
  publishedAt: z.date(),
  title: z.string(),
  items: z.array(publicItemSchema),
  articles: z.array(z.object(publicArticleFields).strict()),
});

/**
 * The feed made afresh from the latest publication of every report not withdrawn: once after the
 * migration that made it (the first publication, withdrawal or feed request does it), or after
 * publications were written by other means (the benchmark's seed). Reads the articles without
 * their text.
 */
export async function rebuildFeedEntries(tx: Tx): Promise<void> {
  await lockFeed(tx);
  const latest = await tx.$queryRaw<unknown[]>`
    SELECT slug, "publishedAt", snapshot->>'title' AS title, snapshot->'items' AS items,
      (SELECT coalesce(jsonb_agg(a - 'text'), '[]') FROM jsonb_array_elements(snapshot->'articles') a) AS articles
    FROM (SELECT DISTINCT ON (slug) slug, "publishedAt", "withdrawnAt", snapshot FROM "Publication" ORDER BY slug, number DESC) p
    WHERE "withdrawnAt" IS NULL`;
  const entries = latest
    .map((row) => latestRow.parse(row))
    .flatMap((p) => entriesOf(p.slug, { publishedAt: p.publishedAt, report: { title: p.title, items: p.items, articles: p.articles } as PublicReport }));
  await tx.feedEntry.deleteMany({});
  for (let at = 0; at < entries.length; at += 5_000) await tx.feedEntry.createMany({ data: entries.slice(at, at + 5_000) });
  await tx.publicFeed.upsert({ where: { id: 1 }, create: { id: 1, version: randomUUID(), entries: entries.length }, update: { version: randomUUID(), entries: entries.length } });
}
