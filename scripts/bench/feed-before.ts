/**
 * For bench:public's comparison only: the feed as it was answered before it was kept ready
 * (until December 2026, lib/publishing/serve-public.ts), which read the latest publication of
 * every report, snapshots whole, and made every ClaimReview on each request to cut one page out.
 */
import { db } from "../../lib/db/client";
import { claimReviews } from "../../lib/publishing/claim-reviews";
import { publicDesk } from "../../lib/publishing/public-desk";
import type { PublicReport } from "../../lib/publishing/public-report";

export async function feedBefore(page: number): Promise<string> {
  const desk = await publicDesk();
  const latest = await db.$queryRaw<{ slug: string; publishedAt: Date; snapshot: PublicReport; withdrawnAt: Date | null }[]>`
    SELECT DISTINCT ON (slug) slug, "publishedAt", snapshot, "withdrawnAt"
    FROM "Publication" ORDER BY slug, number DESC`;
  const live = latest.filter((p) => !p.withdrawnAt).sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
  const reviews = live.flatMap((p) => claimReviews({ slug: p.slug, publishedAt: p.publishedAt, report: p.snapshot }, desk));
  const pages = Math.max(1, Math.ceil(reviews.length / 50));
  return JSON.stringify({
    "@context": "https://schema.org",
    publisher: { "@type": "Organization", name: desk.name, url: desk.baseUrl },
    page,
    pages,
    total: reviews.length,
    next: page < pages ? `${desk.baseUrl}/p/feed.json?page=${page + 1}` : null,
    items: reviews.slice((page - 1) * 50, page * 50),
  });
}
