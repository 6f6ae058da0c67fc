import type { PublicReport } from "./public-report";

/** The desk as its public pages name it (lib/settings/settings.ts). */
export interface PublicDesk {
  name: string;
  logoUrl: string | null;
  /** Where public pages live, without a trailing slash. */
  baseUrl: string;
}

/**
 * schema.org ClaimReview for each published claim with a verdict, as Google's fact-check
 * markup and the aggregators read it: the claim as reviewed, the rating on the desk's 1–5 scale
 * ("Unverifiable" has a name and no value), where the claim appeared, the desk as author, the
 * date of the review and the address of the verdict on the public page.
 */
export function claimReviews(publication: { slug: string; publishedAt: Date; report: PublicReport }, desk: PublicDesk) {
  const { report } = publication;
  return report.items
    .filter((item) => item.kind === "CLAIM" && item.rating)
    .map((item) => {
      const article = report.articles.find((a) => a.n === item.article);
      return {
        "@type": "ClaimReview",
        url: `${desk.baseUrl}/p/${encodeURIComponent(publication.slug)}#item-${item.n}`,
        claimReviewed: item.quote,
        datePublished: (item.reviewedAt ?? publication.publishedAt.toISOString()).slice(0, 10),
        author: { "@type": "Organization", name: desk.name, url: desk.baseUrl },
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
