import { z } from "zod";
import { claimLinkSchema, claimSearchQuerySchema, claimUnlinkQuerySchema, claimWebImportSchema, MAX_SPANS_PER_REQUEST, spanMatchesSchema } from "../validation/claim-schemas";
import { idParams } from "../validation/route-params";
import { KINDS } from "../vocabulary/names";
import { annotationViewSchema } from "./annotations";
import { route } from "./route-contract";
import { id, isoDate, named } from "./wire";

/**
 * One earlier check of the desk's memory (lib/claims/check-view.ts): the desk's own names its
 * story, article and public page; an imported one is "checked by" its publisher and is never the
 * desk's word.
 */
export const checkViewSchema = named(
  "CheckedClaim",
  z.object({
    checkId: id,
    origin: z.enum(["desk", "imported"]),
    kind: z.enum(KINDS),
    annotationId: id.nullable(),
    storyId: id.nullable(),
    articleId: id.nullable(),
    storyTitle: z.string().nullable(),
    articleTitle: z.string().nullable(),
    exact: z.string(),
    /** rating: the verdict's key on the desk's scale (null for an imported review it does not map onto); label: in words. */
    verdict: z.object({ rating: z.string().nullable(), label: z.string(), reviewedAt: isoDate }).nullable(),
    checkedBy: z.string(),
    claimant: z.string().nullable(),
    url: z.string().nullable(),
    /** Where the public reads the desk's check (/p/…), while it is published. */
    publicUrl: z.string().nullable(),
  }),
  "A check in the desk's memory: an approved annotation (origin desk) or another publisher's imported ClaimReview (origin imported).",
);

export const checkMatchSchema = named(
  "CheckMatch",
  checkViewSchema.extend({ score: z.number().min(0).max(1) }),
  "An earlier check and how likely (0–1) it is the same claim.",
);

/** For each span asked about, in the order asked: its place and kind, and the closest earlier checks of it (none when the desk has not checked it). */
export const spanMatchesResultSchema = z.object({
  spans: z
    .array(z.object({ start: z.number().int(), end: z.number().int(), kind: z.enum(KINDS), matches: z.array(checkMatchSchema).max(5) }))
    .max(MAX_SPANS_PER_REQUEST),
});

export const claimSearchResultSchema = z.object({ results: z.array(checkViewSchema), page: z.number().int(), more: z.boolean() });

export const claimImportResultSchema = named(
  "ClaimImportResult",
  z.object({ imported: z.number().int(), alreadyKnown: z.number().int(), publishers: z.array(z.string()) }),
  "What an import added: reviews new to the memory, reviews it already held, and who made them.",
);

/** The multipart form of a ClaimReview file's import (the route reads it itself, lib/claims/import/import-file.ts). */
export const claimImportForm = z.object({ file: z.file() });

const importAnswer = { status: 201, json: claimImportResultSchema } as const;

/** The desk's memory of checked claims: matches, search, "same claim as", imports. */
export const claimRoutes = {
  matches: route({
    method: "GET",
    path: "/api/annotations/:id/matches",
    summary:
      "the closest earlier checks of the annotation's claim (the desk's approved ones and imported reviews, same kind), best first, at most 10, never from the annotation's own story; a claim's denial and a claim with other numbers are not offered",
    who: "signed-in",
    params: idParams,
    answer: { status: 200, json: z.object({ matches: z.array(checkMatchSchema).max(10) }) },
  }),
  spanMatches: route({
    method: "POST",
    path: "/api/articles/:id/suggestions/matches",
    summary:
      "whether the desk has checked these spans of the article before (its suggestions, before anyone accepts them): for each `{start, end, kind}`, in the order sent, the closest earlier checks of the same kind from other stories, best first, at most 5, as `GET /api/annotations/:id/matches` finds them; 400 for a span outside the article's text, 413 for more than 50 spans",
    who: "signed-in",
    params: idParams,
    body: spanMatchesSchema,
    answer: { status: 200, json: spanMatchesResultSchema },
  }),
  link: route({
    method: "PUT",
    path: "/api/annotations/:id/same-claim",
    summary:
      "\"same claim as\" an earlier check of the same kind from another story (still the desk's word, or an imported review): a change to what the annotation says (an approved one goes back to review); `sameClaimAs` carries the earlier verdict as `proposal` for the editor; 409 if `version` is stale",
    who: "owner",
    params: idParams,
    body: claimLinkSchema,
    answer: { status: 200, json: annotationViewSchema },
  }),
  unlink: route({
    method: "DELETE",
    path: "/api/annotations/:id/same-claim",
    summary: "take the link back; `version` is the annotation's (409 when stale)",
    who: "owner",
    params: idParams,
    query: claimUnlinkQuerySchema,
    answer: { status: 200, json: annotationViewSchema },
  }),
  search: route({
    method: "GET",
    path: "/api/claims",
    summary:
      "the desk's memory of checks, 20 a page: `q` words (full-text, and letters for a misspelt name), `rating` a verdict key, `person` a desk member who annotated or approved it, `from`/`to` days of the check, `origin` `desk` (default) or `imported` (other publishers' reviews, never mixed with the desk's)",
    who: "signed-in",
    query: claimSearchQuerySchema,
    answer: { status: 200, json: claimSearchResultSchema },
  }),
  importFile: route({
    method: "POST",
    path: "/api/claims/imports",
    summary:
      "import a ClaimReview file (`.json` or `.jsonld`, UTF-8, at most 2 MB) into the memory as its publishers' checks, never published as the desk's; 400 for a file that is not JSON, holds no ClaimReview or has a review without its claim or reviewer, 413 for a larger one or more than 1,000 reviews; nothing is imported on an error",
    who: "editor",
    permission: "claims.import",
    form: claimImportForm,
    answer: importAnswer,
  }),
  importWeb: route({
    method: "POST",
    path: "/api/claims/imports/web",
    summary:
      "import the ClaimReviews at an address, fetched like a source (public addresses only): a page's JSON-LD, a JSON-LD file, or another Factmark desk's `/p/feed.json` (every page, on the same site); 400 for a page with none or a failed fetch, 413 for a feed of more than 1,000 reviews or a page over 2 MB; nothing is imported on an error",
    who: "editor",
    permission: "claims.import",
    body: claimWebImportSchema,
    answer: importAnswer,
  }),
};
