import { z } from "zod";

/**
 * What an approval records, by kind. Claims take a rating on a fixed scale that maps onto
 * schema.org ClaimReview's reviewRating (ratingValue between worstRating 1 and bestRating 5);
 * "Unverifiable" has no value on that scale. Figures are confirmed, corrected (with the right
 * figure) or unverifiable. Denials record whether the thing denied is established.
 */
export const CLAIM_RATINGS = {
  TRUE: { label: "True", ratingValue: 5 },
  MOSTLY_TRUE: { label: "Mostly true", ratingValue: 4 },
  MISLEADING: { label: "Misleading", ratingValue: 3 },
  MOSTLY_FALSE: { label: "Mostly false", ratingValue: 2 },
  FALSE: { label: "False", ratingValue: 1 },
  UNVERIFIABLE: { label: "Unverifiable", ratingValue: null },
} as const;

export const FIGURE_OUTCOMES = { CONFIRMED: "Confirmed", CORRECTED: "Corrected", UNVERIFIABLE: "Unverifiable" } as const;
export const DENIAL_FINDINGS = {
  ESTABLISHED: "What was denied is established",
  NOT_ESTABLISHED: "What was denied is not established",
  UNCLEAR: "Unclear",
} as const;

export const claimVerdictSchema = z
  .object({
    kind: z.literal("CLAIM"),
    rating: z.enum(Object.keys(CLAIM_RATINGS) as [keyof typeof CLAIM_RATINGS], { error: "Choose a rating for the claim." }),
  })
  .strict();

export const figureVerdictSchema = z
  .object({
    kind: z.literal("FIGURE"),
    outcome: z.enum(Object.keys(FIGURE_OUTCOMES) as [keyof typeof FIGURE_OUTCOMES], { error: "Say whether the figure is confirmed, corrected or unverifiable." }),
    correctedValue: z.string().trim().max(200, "Keep the corrected figure under 200 characters.").optional(),
  })
  .strict()
  .refine((v) => v.outcome !== "CORRECTED" || Boolean(v.correctedValue), {
    message: "Give the right figure when the figure is corrected.",
    path: ["correctedValue"],
  });

export const denialVerdictSchema = z
  .object({
    kind: z.literal("DENIAL"),
    finding: z.enum(Object.keys(DENIAL_FINDINGS) as [keyof typeof DENIAL_FINDINGS], { error: "Say whether what was denied is established." }),
  })
  .strict();

export const verdictSchema = z.discriminatedUnion("kind", [claimVerdictSchema, figureVerdictSchema, denialVerdictSchema], {
  error: "A verdict says which kind it is for: CLAIM, FIGURE or DENIAL.",
});

export type Verdict = z.infer<typeof verdictSchema>;

export function verdictLabel(verdict: Verdict): string {
  switch (verdict.kind) {
    case "CLAIM":
      return CLAIM_RATINGS[verdict.rating].label;
    case "FIGURE":
      return verdict.outcome === "CORRECTED" ? `Corrected: ${verdict.correctedValue}` : FIGURE_OUTCOMES[verdict.outcome];
    case "DENIAL":
      return DENIAL_FINDINGS[verdict.finding];
  }
}
