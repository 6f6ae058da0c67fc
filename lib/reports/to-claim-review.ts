import { CLAIM_RATINGS } from "../vocabulary/verdicts";
import type { ReportData } from "./report-data";

/**
 * schema.org ClaimReview for every approved claim with a verdict: the claim as reviewed, the
 * rating on the desk's 1–5 scale (Unverifiable has no value, only its name), where the claim
 * appeared, who reviewed it and when.
 */
export function toClaimReview(report: ReportData, baseUrl: string, organization = "Factmark fact-check desk") {
  const reviews = report.entries
    .filter((e) => e.kind === "CLAIM" && e.status === "APPROVED" && e.verdict?.kind === "CLAIM")
    .map((e) => {
      const rating = CLAIM_RATINGS[(e.verdict as { rating: keyof typeof CLAIM_RATINGS }).rating];
      return {
        "@type": "ClaimReview",
        url: `${baseUrl}/articles/${e.article.id}?annotation=${e.id}`,
        claimReviewed: e.quote,
        datePublished: (e.reviewedAt ?? e.createdAt).slice(0, 10),
        author: { "@type": "Organization", name: organization },
        reviewRating: {
          "@type": "Rating",
          ...(rating.ratingValue !== null ? { ratingValue: rating.ratingValue } : {}),
          bestRating: 5,
          worstRating: 1,
          alternateName: rating.label,
        },
        itemReviewed: {
          "@type": "Claim",
          appearance: {
            "@type": "CreativeWork",
            headline: e.article.title,
            ...(e.article.url ? { url: e.article.url } : {}),
            ...(e.article.publishedAt ? { datePublished: e.article.publishedAt } : {}),
          },
        },
      };
    });
  return { "@context": "https://schema.org", "@graph": reviews };
}
