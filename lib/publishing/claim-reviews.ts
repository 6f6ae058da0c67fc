import type { PublicReport } from "./public-report";

/** The desk as its public pages name it (lib/settings/settings.ts). */
export interface PublicDesk {
  name: string;
  logoUrl: string | null;
  /** Where public pages live, without a trailing slash. */
  baseUrl: string;
}

/**
 * A ClaimReview without what the desk's settings add (its name and public address), as the feed
 * keeps it (lib/publishing/feed-entries.ts): `n` is the item's number on its public page.
 */
export interface StoredClaimReview {
  n: number;
  claimReviewed: string;
  datePublished: string;
  reviewRating: { "@type": "Rating"; ratingValue?: number; bestRating: 5; worstRating: 1; alternateName: string };
  itemReviewed: { "@type": "Claim"; appearance: Record<string, unknown> };
}

/**
 * schema.org ClaimReview for each published claim with a verdict, as Google's fact-check
 * markup and the aggregators read it: the claim as reviewed, the rating on the desk's 1–5 scale
 * ("Unverifiable" has a name and no value), where the claim appeared, the date of the review.
 * Public words only: the quote and the article's title, address, outlet and date, never its text.
 */
export function storedClaimReviews(publication: { publishedAt: Date; report: PublicReport }): StoredClaimReview[] {
  const { report } = publication;
  return report.items
    .filter((item) => item.kind === "CLAIM" && item.rating)
    .map((item) => {
      const article = report.articles.find((a) => a.n === item.article);
      return {
        n: item.n,
        claimReviewed: item.quote,
        datePublished: (item.reviewedAt ?? publication.publishedAt.toISOString()).slice(0, 10),
        reviewRating: {
          "@type": "Rating",
          ...(item.rating!.value !== null ? { ratingValue: item.rating!.value } : {}),
          bestRating: 5,
          worstRating: 1,
          alternateName: item.rating!.label,
        },
        itemReviewed: {
          "@type": "Claim",
          appearance: {
            "@type": "CreativeWork",
            headline: article?.title ?? report.title,
            ...(article?.url ? { url: article.url } : {}),
            ...(article?.publishedAt ? { datePublished: article.publishedAt } : {}),
            ...(article?.outlet ? { publisher: { "@type": "Organization", name: article.outlet } } : {}),
          },
        },
      };
    });
}

/** A stored ClaimReview with the desk as author and the address of the verdict on the public page. */
export function withDesk(slug: string, review: StoredClaimReview, desk: PublicDesk) {
  return {
    "@type": "ClaimReview",
    url: `${desk.baseUrl}/p/${encodeURIComponent(slug)}#item-${review.n}`,
    claimReviewed: review.claimReviewed,
    datePublished: review.datePublished,
    author: { "@type": "Organization", name: desk.name, url: desk.baseUrl },
    reviewRating: review.reviewRating,
    itemReviewed: review.itemReviewed,
  };
}

/** Every ClaimReview of a publication, as its page's JSON-LD carries them. */
export function claimReviews(publication: { slug: string; publishedAt: Date; report: PublicReport }, desk: PublicDesk) {
  return storedClaimReviews(publication).map((review) => withDesk(publication.slug, review, desk));
}
