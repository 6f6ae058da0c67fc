import { z } from "zod";
import { CLAIM_RATINGS, DENIAL_FINDINGS, FIGURE_OUTCOMES } from "../vocabulary/verdicts";
import { KINDS } from "../vocabulary/names";
import { kindSchema } from "./annotation-schemas";

/** Every verdict key on the desk's scales: claim ratings, figure outcomes, denial findings. */
export const VERDICT_KEYS = [...Object.keys(CLAIM_RATINGS), ...Object.keys(FIGURE_OUTCOMES).filter((k) => !(k in CLAIM_RATINGS)), ...Object.keys(DENIAL_FINDINGS)] as [string, ...string[]];

const day = (what: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${what} must be a date written YYYY-MM-DD.`)
    .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value, `${what} is not a date on the calendar.`);

const id = (what: string) => z.string().min(1, `Choose ${what}.`).max(100, `That is not ${what}.`);

/** A field of a search form left empty is a field not given. */
const given = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

/** `GET /api/claims` and the /claims page: words, rating, kind, story, person, dates, whose checks, page. */
export const claimSearchQuerySchema = z
  .object({
    q: given(z.string().trim().max(300, "Keep the search under 300 characters.")),
    rating: given(z.enum(VERDICT_KEYS, { error: "That is not a rating, an outcome or a finding the desk uses." })),
    kind: given(z.enum(KINDS, { error: "Kind must be CLAIM, FIGURE or DENIAL." })),
    story: given(id("a story")),
    person: given(id("a person")),
    from: given(day("From")),
    to: given(day("To")),
    origin: given(z.enum(["desk", "imported"], { error: "Say whose checks: desk (the desk's own) or imported (other publishers')." })).transform((v) => v ?? "desk"),
    page: given(
      z.coerce.number({ error: "The page must be a number." }).int("The page must be a whole number.").min(1, "Pages start at 1.").max(500, "Narrow the search: results stop at page 500."),
    ).transform((v) => v ?? 1),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: "From must not be after To.", path: ["from"] });

export type ClaimSearchQuery = z.infer<typeof claimSearchQuerySchema>;

/** `PUT /api/annotations/:id/same-claim`: this annotation says the claim an earlier check checked. */
export const claimLinkSchema = z
  .object({
    version: z.number({ error: "Send the version you saw, so changes by others are not missed." }).int().min(1),
    checkId: id("an earlier check"),
  })
  .strict();

export const claimUnlinkQuerySchema = z.object({
  version: z.coerce.number({ error: "Send the annotation's version as ?version=." }).int().min(1),
});

/** `POST /api/claims/imports/web`: a page with ClaimReview markup, or another Factmark desk's /p/feed.json. */
export const claimWebImportSchema = z
  .object({
    url: z.string({ error: "Give the address of a page or a feed." }).trim().min(1, "Give the address of a page or a feed.").max(2_000, "That address is too long."),
  })
  .strict();

export type ClaimLinkInput = z.infer<typeof claimLinkSchema>;

/** How many spans one request may ask about (a 413 beyond): a page lists its suggestions a few dozen at a time, and asks in batches of this many. */
export const MAX_SPANS_PER_REQUEST = 50;
/** The longest span a batch may ask about: as long as an annotation's quote may be (lib/anchoring/selectors.ts). */
const MAX_SPAN_LENGTH = 5_000;
const spanOffset = (name: string) =>
  z.number({ error: `${name} must be a number.` }).int(`${name} must be a whole number.`).min(0, `${name} cannot be negative.`);

/**
 * `POST /api/articles/:id/suggestions/matches`: spans of the article (its suggestions') to look up
 * in the desk's memory. More than MAX_SPANS_PER_REQUEST is refused by the domain with a 413 (lib/claims/find-span-matches.ts),
 * as a span outside the article's text is (a 400): only it reads the text.
 */
export const spanMatchesSchema = z
  .object({
    spans: z.array(
      z
        .object({ start: spanOffset("Start"), end: spanOffset("End"), kind: kindSchema })
        .strict()
        .refine((span) => span.end > span.start, { message: "A span's end must come after its start.", path: ["end"] })
        .refine((span) => span.end - span.start <= MAX_SPAN_LENGTH, { message: `A span may be at most ${MAX_SPAN_LENGTH.toLocaleString("en")} characters.`, path: ["end"] }),
      { error: "Send the spans to look up as a list of {start, end, kind}." },
    ),
  })
  .strict();

export type SpanMatchesInput = z.infer<typeof spanMatchesSchema>;
